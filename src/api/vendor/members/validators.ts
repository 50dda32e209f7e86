import { z } from "@medusajs/framework/zod"
import { VENDOR_MEMBER_LOCALES } from "../../../modules/vendor/models/vendor-member"
import { listQueryParams } from "../../list-query"
import { inviteList, memberList } from "./query-config"

export const VendorGetMembersParams = listQueryParams(memberList).strict()
export const VendorGetInvitesParams = listQueryParams(inviteList).strict()

/** The language of a member's notifications. */
export const MemberLocale = z.enum(VENDOR_MEMBER_LOCALES, { message: "locale must be en or ar" })

export const VendorInviteMember = z
  .object({
    email: z.string().trim().email("email must be an email address").toLowerCase(),
    role: z.enum(["manager", "staff"], { message: "role must be manager or staff" }),
  })
  .strict()
export type VendorInviteMemberBody = z.infer<typeof VendorInviteMember>

export const VendorUpdateMember = z
  .object({ role: z.enum(["manager", "staff"], { message: "role must be manager or staff" }) })
  .strict()
export type VendorUpdateMemberBody = z.infer<typeof VendorUpdateMember>

export const VendorAcceptInvite = z
  .object({
    token: z.string().trim().min(1, "token is required"),
    first_name: z.string().trim().min(1).max(80).optional(),
    last_name: z.string().trim().min(1).max(80).optional(),
    phone: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, "phone must be an E.164 number").optional(),
    locale: MemberLocale.optional(),
  })
  .strict()
export type VendorAcceptInviteBody = z.infer<typeof VendorAcceptInvite>

/** What a member changes about themself (POST /vendor/me/member). */
export const VendorUpdateOwnMember = z.object({ locale: MemberLocale }).strict()
export type VendorUpdateOwnMemberBody = z.infer<typeof VendorUpdateOwnMember>

import { z } from "@medusajs/framework/zod"

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
  })
  .strict()
export type VendorAcceptInviteBody = z.infer<typeof VendorAcceptInvite>

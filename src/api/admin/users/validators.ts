import { z } from "@medusajs/framework/zod"
import { ADMIN_ROLES, type AdminRole } from "../../../modules/security/admin-roles"
import { oneOf } from "../../order-list-params"

export const AdminSetUserRole = z
  .object({
    role: oneOf<AdminRole>("role", ADMIN_ROLES),
  })
  .strict()
export type AdminSetUserRoleBody = z.infer<typeof AdminSetUserRole>

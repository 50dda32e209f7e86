import { z } from "@medusajs/framework/zod"
import { ADMIN_ROLES } from "../../../modules/security/admin-roles"

export const AdminSetUserRole = z
  .object({
    role: z.enum(ADMIN_ROLES, { error: `role must be one of ${ADMIN_ROLES.join(", ")}` }),
  })
  .strict()
export type AdminSetUserRoleBody = z.infer<typeof AdminSetUserRole>

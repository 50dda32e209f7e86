/** Daraa's admin roles (docs/security.md, "Admin roles"). */
export const ADMIN_ROLES = ["super_admin", "operations", "finance", "support"] as const
export type AdminRole = (typeof ADMIN_ROLES)[number]

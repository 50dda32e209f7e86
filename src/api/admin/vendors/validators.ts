import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const AdminGetVendorsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z
    .object({
      status: z
        .union([
          z.enum(["pending", "active", "rejected", "suspended"]),
          z.array(z.enum(["pending", "active", "rejected", "suspended"])),
        ])
        .optional(),
      q: z.string().trim().min(1).optional(),
    })
    .strict()
)

export const AdminVendorAction = z.enum(["approve", "reject", "suspend", "reinstate"])

export const AdminApproveVendor = z.object({}).strict()
export const AdminVendorActionWithReason = z
  .object({ reason: z.string().trim().min(3, "reason must say why, in at least 3 characters").max(1000) })
  .strict()

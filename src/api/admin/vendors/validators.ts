import { z } from "@medusajs/framework/zod"
import { listQueryParams } from "../../list-query"
import { adminVendorList } from "./query-config"

export const AdminGetVendorsParams = listQueryParams(adminVendorList)
  .extend({
      status: z
        .union([
          z.enum(["pending", "active", "rejected", "suspended"]),
          z.array(z.enum(["pending", "active", "rejected", "suspended"])),
        ])
        .optional(),
      q: z.string().trim().min(1).optional(),
  })
  .strict()

export const AdminVendorAction = z.enum(["approve", "reject", "suspend", "reinstate"])

export const AdminApproveVendor = z.object({}).strict()
export const AdminVendorActionWithReason = z
  .object({ reason: z.string().trim().min(3, "reason must say why, in at least 3 characters").max(1000) })
  .strict()

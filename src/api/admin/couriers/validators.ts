import { z } from "@medusajs/framework/zod"
import { COURIER_AVAILABILITIES } from "../../../modules/courier/models/courier"
import { listQueryParams } from "../../list-query"
import { adminCourierList } from "./query-config"

const COURIER_STATUSES = ["pending", "active", "rejected", "suspended"] as const

export const AdminGetCouriersParams = listQueryParams(adminCourierList)
  .extend({
    status: z.union([z.enum(COURIER_STATUSES), z.array(z.enum(COURIER_STATUSES))]).optional(),
    availability: z.enum(COURIER_AVAILABILITIES).optional(),
    q: z.string().trim().min(1).optional(),
  })
  .strict()

export const AdminCourierAction = z.enum(["approve", "reject", "suspend", "reinstate"])

export const AdminApproveCourier = z.object({}).strict()
export const AdminCourierActionWithReason = z
  .object({ reason: z.string().trim().min(3, "reason must say why, in at least 3 characters").max(1000) })
  .strict()

import { z } from "@medusajs/framework/zod"
import { DELIVERY_STATUSES } from "../../../modules/delivery/models/delivery"
import { listQueryParams } from "../../list-query"
import { courierDeliveryList, courierOfferList } from "./query-config"

const statusFilter = z.union([z.enum(DELIVERY_STATUSES), z.array(z.enum(DELIVERY_STATUSES))]).optional()

export const CourierGetDeliveriesParams = listQueryParams(courierDeliveryList).extend({ status: statusFilter }).strict()

export const CourierGetOffersParams = listQueryParams(courierOfferList).strict()

export const CourierDeliverDelivery = z
  .object({ code: z.string({ error: "code is required" }).trim().regex(/^\d{4}$/, "code must be the 4 digits the customer gives") })
  .strict()

export const CourierFailDelivery = z
  .object({ reason: z.string({ error: "reason is required" }).trim().min(3, "reason must say why, in at least 3 characters").max(1000) })
  .strict()

export const CourierEmptyBody = z.object({}).strict()

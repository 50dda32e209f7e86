import { z } from "@medusajs/framework/zod"
import { DELIVERY_STATUSES } from "../../../modules/delivery/models/delivery"
import { listQueryParams } from "../../list-query"
import { adminDeliveryList } from "./query-config"

const oneOrMany = (value: z.ZodString) => z.union([value, z.array(value)]).optional()

export const AdminGetDeliveriesParams = listQueryParams(adminDeliveryList)
  .extend({
    status: z.union([z.enum(DELIVERY_STATUSES), z.array(z.enum(DELIVERY_STATUSES))]).optional(),
    courier_id: oneOrMany(z.string().trim().min(1)),
    vendor_id: oneOrMany(z.string().trim().min(1)),
    order_id: oneOrMany(z.string().trim().min(1)),
    customer_id: oneOrMany(z.string().trim().min(1)),
  })
  .strict()

export const AdminAssignDelivery = z
  .object({ courier_id: z.string({ error: "courier_id is required" }).trim().min(1, "courier_id is required") })
  .strict()

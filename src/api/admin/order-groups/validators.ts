import { z } from "@medusajs/framework/zod"
import { MAX_INTEGER, tooLarge } from "../../input-limits"
import { createdAtRange, nonEmptyId, oneOrMany, orderListOrder, pagination, vendorStatuses } from "../../order-list-params"

const page = {
  ...pagination,
  order: z.enum(["created_at", "-created_at"]).default("-created_at"),
}

export const AdminGetOrderGroupsParams = z
  .object({
    customer_id: oneOrMany(nonEmptyId("customer_id")),
    created_at: createdAtRange,
    ...page,
  })
  .strict()
export type AdminGetOrderGroupsParamsType = z.infer<typeof AdminGetOrderGroupsParams>

export const AdminGetVendorOrdersParams = z
  .object({
    vendor_id: oneOrMany(nonEmptyId("vendor_id")),
    vendor_status: vendorStatuses(),
    display_id: z.coerce.number().int().positive().max(MAX_INTEGER, tooLarge("display_id", MAX_INTEGER)).optional(),
    created_at: createdAtRange,
    ...page,
    order: orderListOrder,
  })
  .strict()
export type AdminGetVendorOrdersParamsType = z.infer<typeof AdminGetVendorOrdersParams>

/** A single resource takes no query parameters; anything sent is a mistake worth a 400. */
export const AdminGetOrderResourceParams = z.object({}).strict()

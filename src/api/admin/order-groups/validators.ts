import { z } from "@medusajs/framework/zod"
import { MAX_INTEGER, tooLarge } from "../../input-limits"
import { listQueryParams } from "../../list-query"
import { createdAtRange, nonEmptyId, oneOrMany, vendorStatuses } from "../../order-list-params"
import { adminVendorOrderList, orderGroupList } from "./query-config"

export const AdminGetOrderGroupsParams = listQueryParams(orderGroupList)
  .extend({
    customer_id: oneOrMany(nonEmptyId("customer_id")),
    // Checkouts with an order of any of these vendors.
    vendor_id: oneOrMany(nonEmptyId("vendor_id")),
    created_at: createdAtRange,
  })
  .strict()
export type AdminGetOrderGroupsParamsType = z.infer<typeof AdminGetOrderGroupsParams>

export const AdminGetVendorOrdersParams = listQueryParams(adminVendorOrderList)
  .extend({
    vendor_id: oneOrMany(nonEmptyId("vendor_id")),
    vendor_status: vendorStatuses(),
    display_id: z.coerce.number().int().positive().max(MAX_INTEGER, tooLarge("display_id", MAX_INTEGER)).optional(),
    created_at: createdAtRange,
  })
  .strict()
export type AdminGetVendorOrdersParamsType = z.infer<typeof AdminGetVendorOrdersParams>

/** A single resource takes no query parameters; anything sent is a mistake worth a 400. */
export const AdminGetOrderResourceParams = z.object({}).strict()

import { z } from "@medusajs/framework/zod"
import { MAX_INTEGER, tooLarge } from "../../input-limits"
import { listQueryParams } from "../../list-query"
import { createdAtRange, vendorStatuses } from "../../order-list-params"
import { vendorOrderList } from "./query-config"

export const VendorGetOrdersParams = listQueryParams(vendorOrderList)
  .extend({
    vendor_status: vendorStatuses(),
    // The route map names `?status=`; it means the vendor status too.
    status: vendorStatuses("status"),
    created_at: createdAtRange,
    display_id: z.coerce.number().int().positive().max(MAX_INTEGER, tooLarge("display_id", MAX_INTEGER)).optional(),
  })
  .strict()
export type VendorGetOrdersParamsType = z.infer<typeof VendorGetOrdersParams>

export const VendorRejectOrder = z
  .object({
    reason: z
      .string({ error: "reason is required: say why the order is rejected" })
      .trim()
      .min(1, "reason must not be empty")
      .max(500, "reason must be at most 500 characters"),
  })
  .strict()
export type VendorRejectOrderType = z.infer<typeof VendorRejectOrder>

/** Accept, preparing and ready take no body. */
export const VendorAdvanceOrder = z.object({}).strict()

/** The cash the store took for an order paid on delivery: the same body as the admin's record. */
export { CashCollected as VendorCashCollected, type CashCollectedType as VendorCashCollectedType } from "../../wallet-params"

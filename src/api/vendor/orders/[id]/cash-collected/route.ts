import type { MedusaResponse } from "@medusajs/framework/http"
import { vendorOrdersView } from "../../../../../workflows/vendor-order/vendor-orders-view"
import { recordCashCollectionWorkflow } from "../../../../../workflows/wallet/workflows/record-cash-collection"
import type { VendorRequest } from "../../../resolve-vendor-actor"
import type { VendorCashCollectedType } from "../../validators"

/**
 * The store delivered an order paid on delivery and took its cash: the
 * order's payment is captured, and the ledger records that the store now
 * holds the cash it owes the platform (settlement then pays it its net).
 */
export const POST = async (req: VendorRequest<VendorCashCollectedType>, res: MedusaResponse) => {
  await recordCashCollectionWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      amount: req.validatedBody.amount,
      actor: { type: "vendor", id: req.vendor_context.member.id, vendor_id: req.vendor_context.vendor.id },
    },
  })
  const [order] = await vendorOrdersView(req.scope, [req.params.id], "detail")
  res.json({ order })
}

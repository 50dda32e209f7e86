import type { MedusaResponse } from "@medusajs/framework/http"
import { transitionVendorOrderWorkflow } from "../../../../../workflows/vendor-order/workflows/transition-vendor-order"
import { vendorOrdersView } from "../../../../../workflows/vendor-order/vendor-orders-view"
import type { VendorRequest } from "../../../resolve-vendor-actor"
import type { VendorRejectOrderType } from "../../validators"

/** The vendor declines the order with a reason: it is canceled and its share of the payment refunded. */
export const POST = async (req: VendorRequest<VendorRejectOrderType>, res: MedusaResponse) => {
  await transitionVendorOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      vendor_id: req.vendor_context.vendor.id,
      action: "reject",
      reason: req.validatedBody.reason,
      actor: { type: "vendor", id: req.vendor_context.member.id },
    },
  })
  const [order] = await vendorOrdersView(req.scope, [req.params.id], "detail")
  res.json({ order })
}

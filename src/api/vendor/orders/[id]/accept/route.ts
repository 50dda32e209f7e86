import type { MedusaResponse } from "@medusajs/framework/http"
import { transitionVendorOrderWorkflow } from "../../../../../workflows/vendor-order/workflows/transition-vendor-order"
import { vendorOrdersView } from "../../../../../workflows/vendor-order/vendor-orders-view"
import type { VendorRequest } from "../../../resolve-vendor-actor"

/** The vendor accepts the order; 409 when its status does not allow it. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  await transitionVendorOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      vendor_id: req.vendor_context.vendor.id,
      action: "accept",
      actor: { type: "vendor", id: req.vendor_context.member.id },
    },
  })
  const [order] = await vendorOrdersView(req.scope, [req.params.id], "detail")
  res.json({ order })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionVendorOrderWorkflow } from "../../../../../workflows/vendor-order/workflows/transition-vendor-order"
import { vendorOrdersView } from "../../../../../workflows/vendor-order/vendor-orders-view"
import type { AdminCancelVendorOrderType } from "../../validators"

/**
 * The platform calls off a vendor order (`:id` is the Medusa order id) that
 * the vendor has not handed over yet: it is rejected with the admin's reason,
 * canceled, and its share of the payment refunded.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelVendorOrderType>, res: MedusaResponse) => {
  await transitionVendorOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      action: "reject",
      reason: req.validatedBody.reason,
      actor: { type: "admin", id: req.auth_context.actor_id },
    },
  })
  const [vendor_order] = await vendorOrdersView(req.scope, [req.params.id], "detail", "admin")
  res.json({ vendor_order })
}

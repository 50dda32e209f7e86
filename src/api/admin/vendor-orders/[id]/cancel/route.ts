import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectVendorOrderWorkflow } from "../../../../../workflows/vendor-order/workflows/reject-vendor-order"
import { ORDER_GROUP_MODULE } from "../../../../../modules/order-group"
import type OrderGroupModuleService from "../../../../../modules/order-group/service"
import { adminVendorOrdersView, VENDOR_ORDER_STATE_FIELDS } from "../../admin-vendor-orders-view"
import type { AdminCancelVendorOrderType } from "../../validators"

/**
 * The platform calls off a vendor order (`:id` is the Medusa order id) that
 * the vendor has not handed over yet: it is rejected with the admin's reason,
 * canceled, and its share of the payment refunded.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCancelVendorOrderType>, res: MedusaResponse) => {
  await rejectVendorOrderWorkflow(req.scope).run({
    input: { order_id: req.params.id, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
  })
  const states = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_id: req.params.id }, { select: VENDOR_ORDER_STATE_FIELDS })
  const [vendor_order] = await adminVendorOrdersView(req.scope, states as any[], "detail")
  res.json({ vendor_order })
}

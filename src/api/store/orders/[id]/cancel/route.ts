import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_GROUP_ORDER_FIELDS } from "../../../../../workflows/order-group/order-group-view"
import { transitionVendorOrderWorkflow } from "../../../../../workflows/vendor-order/workflows/transition-vendor-order"
import { ORDER_GROUP_MODULE } from "../../../../../modules/order-group"
import type OrderGroupModuleService from "../../../../../modules/order-group/service"
import type { StoreCancelOrderType } from "../../validators"

/**
 * The customer cancels one store's order of a checkout while that store has
 * not accepted it yet (409 after); another customer's order answers 404.
 * Its share of the payment is refunded; the checkout's other orders go on.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCancelOrderType>, res: MedusaResponse) => {
  await transitionVendorOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      action: "cancel",
      reason: req.validatedBody.reason ?? null,
      actor: { type: "customer", id: req.auth_context.actor_id },
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, [state]] = await Promise.all([
    query.graph({ entity: "order", fields: ORDER_GROUP_ORDER_FIELDS, filters: { id: req.params.id } }),
    req.scope
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listVendorOrderStates({ order_id: req.params.id }, { select: ["vendor_status", "status_reason", "cancelled_at"] }),
  ])
  res.json({
    order: { ...orders[0], vendor_status: state.vendor_status, status_reason: state.status_reason, cancelled_at: state.cancelled_at },
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../../../../modules/order-group"
import type OrderGroupModuleService from "../../../../../modules/order-group/service"
import { WALLET_MODULE } from "../../../../../modules/wallet"
import type WalletModuleService from "../../../../../modules/wallet/service"
import { vendorOrdersView } from "../../../../../workflows/vendor-order/vendor-orders-view"
import { refundVendorOrderWorkflow } from "../../../../../workflows/vendor-order/workflows/refund-vendor-order"
import type { AdminRefundVendorOrderType } from "../../validators"

/**
 * Refunds part of one vendor order (`:id` is the Medusa order id): a goodwill
 * gesture, or the money of items it took back in a return. It is Medusa's own
 * refund of the order's own payment (as `POST /admin/payments/:id/refund`),
 * under the order's money lock, and never more than the order still holds; the
 * commission follows. `destination` sends the money back to the payment
 * method or into the customer's wallet (REFUND_DESTINATION by default).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRefundVendorOrderType>, res: MedusaResponse) => {
  const [state] = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_id: req.params.id }, { select: ["id"] })
  if (!state) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order ${req.params.id} was not found.`)
  }
  await refundVendorOrderWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      amount: req.validatedBody.amount,
      destination: req.validatedBody.destination ?? req.scope.resolve<WalletModuleService>(WALLET_MODULE).refundDestinationDefault(),
      note: req.validatedBody.note ?? null,
      created_by: req.auth_context.actor_id,
    },
  })
  const [vendor_order] = await vendorOrdersView(req.scope, [req.params.id], "detail", "admin")
  res.json({ vendor_order })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vendorOrdersView } from "../../../../../workflows/vendor-order/vendor-orders-view"
import { recordCashCollectionWorkflow } from "../../../../../workflows/wallet/workflows/record-cash-collection"
import type { AdminCashCollectedType } from "../../validators"

/**
 * Records that the cash of a vendor order paid on delivery reached the
 * platform (`:id` is the Medusa order id): the order's payment is captured
 * and the ledger posts the cash received. Until couriers collect, an admin or
 * the store records it; `amount` must be what the order owes.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCashCollectedType>, res: MedusaResponse) => {
  const { result } = await recordCashCollectionWorkflow(req.scope).run({
    input: { order_id: req.params.id, amount: req.validatedBody.amount, actor: { type: "admin", id: req.auth_context.actor_id } },
  })
  const [vendor_order] = await vendorOrdersView(req.scope, [req.params.id], "detail", "admin")
  res.json({ vendor_order, transaction: result.transaction.transaction })
}

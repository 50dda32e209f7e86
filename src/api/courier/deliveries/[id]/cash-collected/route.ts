import type { MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_MODULE } from "../../../../../modules/delivery"
import type DeliveryModuleService from "../../../../../modules/delivery/service"
import { courierWallet } from "../../../../../queries/courier-cash"
import { recordDeliveryCashWorkflow } from "../../../../../workflows/delivery/workflows/record-delivery-cash"
import type { CashCollectedType } from "../../../../wallet-params"
import type { CourierRequest } from "../../../resolve-courier-actor"

const DELIVERY_CASH_FIELDS = ["id", "order_id", "status", "currency_code", "fee", "cash_due", "cash_collected_at"]

/**
 * The courier collected the cash of a delivery paid on delivery: `amount`
 * must be what the order owes. The order's payment is captured and the
 * courier now owes the cash; answers the delivery and the courier's wallet
 * in its currency.
 */
export const POST = async (req: CourierRequest<CashCollectedType>, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  const { result } = await recordDeliveryCashWorkflow(req.scope).run({
    input: { delivery_id: req.params.id, courier_id: courierId, amount: req.validatedBody.amount },
  })
  const delivery = await req.scope.resolve<DeliveryModuleService>(DELIVERY_MODULE).retrieveDelivery(req.params.id, { select: DELIVERY_CASH_FIELDS })
  res.json({ delivery, wallet: await courierWallet(req.scope, courierId, result.delivery.currency_code) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../../../modules/order-group"
import type OrderGroupModuleService from "../../../../modules/order-group/service"
import { orderGroupsView } from "../../../../workflows/order-group/order-group-view"

/** One of the signed-in customer's checkouts; another customer's answers 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [owned] = await service.listOrderGroups(
    { id: req.params.id, customer_id: req.auth_context.actor_id },
    { select: ["id"] }
  )
  const [order_group] = owned ? await orderGroupsView(req.scope, [owned.id]) : []
  if (!order_group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${req.params.id} was not found.`)
  }
  res.json({ order_group })
}

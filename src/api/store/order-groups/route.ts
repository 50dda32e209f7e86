import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { orderGroupsView } from "../../../workflows/order-group/order-group-view"
import { listOrder } from "../../order-list-params"
import { projectFields } from "../../project-fields"
import type { StoreGetOrderGroupsParamsType } from "./validators"

/** The signed-in customer's checkouts, newest first by default, each with its vendor orders. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { limit, offset, order, fields } = req.validatedQuery as unknown as StoreGetOrderGroupsParamsType
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [rows, count] = await service.listAndCountOrderGroups(
    { customer_id: req.auth_context.actor_id },
    { select: ["id"], skip: offset, take: limit, order: listOrder(order!) }
  )
  const order_groups = projectFields(await orderGroupsView(req.scope, rows.map((row) => row.id)), fields)
  res.json({ order_groups, count, offset, limit })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { orderGroupsView } from "../../../workflows/order-group/order-group-view"
import { createdAtFilter, listOrder } from "../../order-list-params"
import { projectFields } from "../../project-fields"
import type { AdminGetOrderGroupsParamsType } from "./validators"

/** Every checkout, newest first, each with its vendor orders; `vendor_id` keeps those with an order of that vendor. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { customer_id, vendor_id, created_at, limit, offset, order, fields } = req.validatedQuery as unknown as AdminGetOrderGroupsParamsType
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [rows, count] = await service.listAndCountOrderGroups(
    {
      ...(customer_id ? { customer_id } : {}),
      // Through the groups' vendor order states (indexed by vendor).
      ...(vendor_id ? { vendor_order_states: { vendor_id } } : {}),
      ...createdAtFilter(created_at),
    },
    { select: ["id"], skip: offset, take: limit, order: listOrder(order!) }
  )
  const order_groups = projectFields(await orderGroupsView(req.scope, rows.map((row) => row.id)), fields)
  res.json({ order_groups, count, offset, limit })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { vendorOrdersView } from "../../../workflows/vendor-order/vendor-orders-view"
import { createdAtFilter, listOrder } from "../../order-list-params"
import { projectFields } from "../../project-fields"
import type { AdminGetVendorOrdersParamsType } from "../order-groups/validators"

/**
 * Every vendor's orders, newest first. The page is chosen on the vendor order
 * states (indexed by vendor, status and date), then its orders are read at once.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { vendor_id, vendor_status, display_id, created_at, limit, offset, order, fields } =
    req.validatedQuery as unknown as AdminGetVendorOrdersParamsType
  const [states, count] = await req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).listAndCountVendorOrderStates(
    {
      ...(vendor_id ? { vendor_id } : {}),
      ...(vendor_status ? { vendor_status } : {}),
      ...(display_id ? { display_id } : {}),
      ...createdAtFilter(created_at),
    },
    { select: ["order_id"], skip: offset, take: limit, order: listOrder(order!, ["display_id", "id"]) }
  )
  const vendor_orders = projectFields(await vendorOrdersView(req.scope, states.map((state) => state.order_id), "list", "admin"), fields)
  res.json({ vendor_orders, count, offset, limit })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { createdAtFilter, listOrder } from "../../order-list-params"
import type { AdminGetVendorOrdersParamsType } from "../order-groups/validators"
import { adminVendorOrdersView, VENDOR_ORDER_STATE_FIELDS, type VendorOrderState } from "./admin-vendor-orders-view"

/**
 * Every vendor's orders, newest first. The page is chosen on the vendor order
 * states (indexed by vendor, status and date), then its orders are read at once.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { vendor_id, vendor_status, display_id, created_at, limit, offset, order } =
    req.validatedQuery as unknown as AdminGetVendorOrdersParamsType
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [states, count] = await service.listAndCountVendorOrderStates(
    {
      ...(vendor_id ? { vendor_id } : {}),
      ...(vendor_status ? { vendor_status } : {}),
      ...(display_id ? { display_id } : {}),
      ...createdAtFilter(created_at),
    },
    { select: VENDOR_ORDER_STATE_FIELDS, skip: offset, take: limit, order: listOrder(order, ["display_id", "id"]) }
  )
  const vendor_orders = await adminVendorOrdersView(req.scope, states as VendorOrderState[], "list")
  res.json({ vendor_orders, count, offset, limit })
}

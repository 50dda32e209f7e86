import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../../../modules/order-group"
import type OrderGroupModuleService from "../../../../modules/order-group/service"
import { adminVendorOrdersView, VENDOR_ORDER_STATE_FIELDS } from "../admin-vendor-orders-view"

/** One vendor order (`:id` is the Medusa order id) with its money, addresses, status history and commission lines. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service = req.scope.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const states = await service.listVendorOrderStates({ order_id: req.params.id }, { select: VENDOR_ORDER_STATE_FIELDS })
  const [vendor_order] = await adminVendorOrdersView(req.scope, states as any[], "detail")
  if (!vendor_order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order ${req.params.id} was not found.`)
  }
  res.json({ vendor_order })
}

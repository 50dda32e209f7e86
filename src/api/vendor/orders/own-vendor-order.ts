import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import type { VendorRequest } from "../resolve-vendor-actor"

/** Another vendor's order answers 404, exactly as one that does not exist, before anything else is looked at. */
export async function ensureOwnVendorOrder(req: VendorRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [state] = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_id: req.params.id, vendor_id: req.vendor_context.vendor.id }, { select: ["id"], take: 1 })
  if (!state) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  next()
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { vendorOrdersView } from "../../../workflows/vendor-order/vendor-orders-view"
import { createdAtFilter, listOrder } from "../../order-list-params"
import { projectFields } from "../../project-fields"
import type { VendorRequest } from "../resolve-vendor-actor"
import type { VendorGetOrdersParamsType } from "./validators"

/**
 * The signed-in vendor's orders, newest first by default. The vendor order
 * states are filtered and paged first (indexed by vendor), then their orders
 * are read in one query.
 */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as VendorGetOrdersParamsType
  const statuses = [...(params.vendor_status ?? []), ...(params.status ?? [])]
  const filters = {
    vendor_id: req.vendor_context.vendor.id,
    ...(statuses.length ? { vendor_status: [...new Set(statuses)] } : {}),
    ...createdAtFilter(params.created_at),
    ...(params.display_id ? { display_id: params.display_id } : {}),
  }
  const [states, count] = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listAndCountVendorOrderStates(filters as any, {
      select: ["order_id"],
      skip: params.offset,
      take: params.limit,
      order: listOrder(params.order!, ["display_id", "id"]),
    })
  const orders = projectFields(await vendorOrdersView(req.scope, states.map((state) => state.order_id), "list"), params.fields)
  res.json({ orders, count, offset: params.offset, limit: params.limit })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { vendorOrdersView } from "../../../../workflows/vendor-order/vendor-orders-view"
import type { VendorRequest } from "../../resolve-vendor-actor"

/** One of the vendor's orders (`ensureOwnVendorOrder` answered 404 for anyone else's). */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const [order] = await vendorOrdersView(req.scope, [req.params.id], "detail")
  res.json({ order })
}

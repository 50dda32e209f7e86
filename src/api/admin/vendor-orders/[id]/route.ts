import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { vendorOrdersView } from "../../../../workflows/vendor-order/vendor-orders-view"

/** One vendor order (`:id` is the Medusa order id) with its money, addresses, status history and commission lines. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [vendor_order] = await vendorOrdersView(req.scope, [req.params.id], "detail", "admin")
  if (!vendor_order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order ${req.params.id} was not found.`)
  }
  res.json({ vendor_order })
}

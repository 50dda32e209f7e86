import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderGroupsView } from "../../../../workflows/order-group/order-group-view"

/** One checkout with each vendor's order, its vendor and its vendor status. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [order_group] = await orderGroupsView(req.scope, [req.params.id])
  if (!order_group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${req.params.id} was not found.`)
  }
  res.json({ order_group })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeMarketplaceCartWorkflow } from "../../../../../workflows/order-group/workflows/complete-marketplace-cart"

// Payment problems the customer can fix: answered 200 with the cart, as Medusa does.
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * Medusa's own `POST /store/carts/:id/complete`, replaced so that a cart with
 * several vendors becomes an order group with one order per vendor. The answer
 * keeps Medusa's shape, `{type: "order", order}` (the first vendor's order),
 * and adds `order_group: {id, orders}`.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = req.params.id
  const { result, errors, transaction } = await completeMarketplaceCartWorkflow(req.scope).run({
    input: { id: cartId },
    throwOnError: false,
  })
  if (!transaction.hasFinished()) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const error = errors?.[0]?.error
  if (error) {
    if (!PAYMENT_ERRORS.includes(error.type)) {
      throw error
    }
    const { data: carts } = await query.graph({ entity: "cart", fields: ["*", "items.*", "payment_collection.*", "payment_collection.payment_sessions.*"], filters: { id: cartId } })
    res.status(200).json({ type: "cart", cart: carts[0], error: { message: error.message, name: error.name, type: error.type } })
    return
  }

  const orderFields = new Set([...(req.queryConfig?.fields ?? ["*"]), "display_id", "vendor.id", "vendor.handle", "vendor.name"])
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["id", ...[...orderFields].map((field) => `orders.${field}`)],
    filters: { id: result.order_group_id },
  })
  const orders = [...(((groups[0] as any)?.orders ?? []) as any[])]
  // Vendors in the order the cart listed them, which is the order their orders were placed in.
  orders.sort((a: any, b: any) => a.display_id - b.display_id)
  res.status(200).json({
    type: "order",
    order: orders[0],
    order_group: { id: result.order_group_id, orders },
  })
}

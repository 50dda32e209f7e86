import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { applyCartLoyaltyPointsWorkflow } from "../../../../../workflows/loyalty/workflows/apply-cart-loyalty-points"
import type { StoreApplyLoyaltyPointsType } from "../../../loyalty/validators"

const CART_FIELDS = [...defaultStoreCartFields, "credit_lines.*"]

/**
 * Pays part of the signed-in customer's cart with points: a credit line of
 * their value (docs/loyalty.md). The points are spent when the cart completes.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreApplyLoyaltyPointsType>, res: MedusaResponse) => {
  await applyCartLoyaltyPointsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, points: req.validatedBody.points },
  })
  res.json({ cart: await refetchCart(req.params.id, req.scope, CART_FIELDS) })
}

/** Takes the points off the cart. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await applyCartLoyaltyPointsWorkflow(req.scope).run({ input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ cart: await refetchCart(req.params.id, req.scope, CART_FIELDS) })
}

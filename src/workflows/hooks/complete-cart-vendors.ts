import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { completeMarketplaceCartWorkflow } from "../order-group/workflows/complete-marketplace-cart"
import { assertVendorsCanSell } from "./vendor-availability"
import { assertEveryVendorHasShipping } from "./vendor-shipping-methods"

/**
 * Medusa's own `completeCartWorkflow` (run by its payment webhook through
 * `processPaymentWorkflow`, or by any code that calls it) must never turn a
 * marketplace cart into one unsplit order. A cart it completes for the first
 * time is completed here as an order group, exactly as
 * `POST /store/carts/:id/complete` does; Medusa's single-order completion is
 * then stopped with an error that names the group. A cart already completed
 * has its orders linked to it (`order_cart`), so Medusa finds them and
 * changes nothing: a late or repeated webhook is harmless.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  // Only `npm run bench -- checkout` sets this, in its own `medusa exec` process, to time Medusa's stock checkout.
  if (process.env.DARAA_BENCH_STOCK_CHECKOUT === "true") {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placed } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: (cart as any).id } })
  if (placed.length) {
    return
  }
  await assertVendorsCanSell(
    container,
    ((cart as any).items ?? []).map((item: any) => item?.variant_id)
  )
  await assertEveryVendorHasShipping(container, cart)

  // Medusa's workflow holds the cart's lock while it runs this hook.
  const { result } = await completeMarketplaceCartWorkflow(container).run({
    input: { id: (cart as any).id, caller_holds_lock: true },
  })
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Cart ${(cart as any).id} was completed as order group ${result.order_group_id}, one order per vendor; Medusa's single-order completion does not apply to marketplace carts.`
  )
})

import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVendorsCanSell } from "./vendor-availability"

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVendorsCanSell(
    container,
    (input.items ?? []).map((item: any) => item?.variant_id)
  )
})

import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVendorsCanSell } from "./vendor-availability"
import { assertEveryVendorHasShipping } from "./vendor-shipping-methods"

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVendorsCanSell(
    container,
    ((cart as any).items ?? []).map((item: any) => item?.variant_id)
  )
  await assertEveryVendorHasShipping(container, cart)
})

import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVendorsCanSell } from "./vendor-availability"

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertVendorsCanSell(
    container,
    ((input as any).items ?? []).map((item: any) => item?.variant_id)
  )
})

import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertVendorsCanSell } from "./vendor-availability"

completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertVendorsCanSell(
    container,
    ((cart as any).items ?? []).map((item: any) => item?.variant_id)
  )
})

import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductVariantsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../../../../resolve-vendor-actor"
import { retrieveVendorProduct } from "../../../own-product"
import { vendorProductFields } from "../../../query-config"
import type { VendorUpdateVariantBody } from "../../../validators"

/** Title, SKU, option values and prices of one variant; prices replace the variant's prices. */
export const POST = async (req: VendorRequest<VendorUpdateVariantBody>, res: MedusaResponse) => {
  await updateProductVariantsWorkflow(req.scope).run({
    input: { selector: { id: req.params.variant_id, product_id: req.params.id }, update: req.validatedBody as any },
  })
  res.json({ product: await retrieveVendorProduct(req, req.params.id, vendorProductFields) })
}

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await deleteProductVariantsWorkflow(req.scope).run({ input: { ids: [req.params.variant_id] } })
  res.json({ id: req.params.variant_id, object: "variant", deleted: true })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { createVendorVariantWorkflow } from "../../../../../workflows/vendor-product/workflows/create-vendor-variant"
import type { VendorRequest } from "../../../resolve-vendor-actor"
import { retrieveVendorProduct } from "../../own-product"
import { vendorProductFields } from "../../query-config"
import type { VendorCreateVariantBody } from "../../validators"

export const POST = async (req: VendorRequest<VendorCreateVariantBody>, res: MedusaResponse) => {
  const { stock_quantity, ...variant } = req.validatedBody
  await createVendorVariantWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product_id: req.params.id, variant, stock_quantity },
  })
  res.status(201).json({ product: await retrieveVendorProduct(req, req.params.id, vendorProductFields) })
}

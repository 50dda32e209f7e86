import type { MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateVendorProductWorkflow } from "../../../../workflows/vendor-product/workflows/update-vendor-product"
import type { VendorRequest } from "../../resolve-vendor-actor"
import { retrieveVendorProduct } from "../own-product"
import { vendorProductFields } from "../query-config"
import type { VendorUpdateProductBody } from "../validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ product: await retrieveVendorProduct(req, req.params.id, vendorProductFields) })
}

export const POST = async (req: VendorRequest<VendorUpdateProductBody>, res: MedusaResponse) => {
  await updateVendorProductWorkflow(req.scope).run({
    input: { product_id: req.params.id, update: req.validatedBody as any },
  })
  res.json({ product: await retrieveVendorProduct(req, req.params.id, vendorProductFields) })
}

export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "product", deleted: true })
}

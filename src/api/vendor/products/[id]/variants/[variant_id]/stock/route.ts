import type { MedusaResponse } from "@medusajs/framework/http"
import { setVariantStockWorkflow } from "../../../../../../../workflows/vendor-product/workflows/set-variant-stock"
import type { VendorRequest } from "../../../../../resolve-vendor-actor"
import { retrieveVendorProduct } from "../../../../own-product"
import { vendorProductFields } from "../../../../query-config"
import type { VendorSetVariantStockBody } from "../../../../validators"

/** Stock of one variant at the vendor's location, and its low-stock threshold. */
export const POST = async (req: VendorRequest<VendorSetVariantStockBody>, res: MedusaResponse) => {
  await setVariantStockWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor.id,
      variant_id: req.params.variant_id,
      stocked_quantity: req.validatedBody.stocked_quantity,
      low_stock_threshold: req.validatedBody.low_stock_threshold,
    },
  })
  res.json({ product: await retrieveVendorProduct(req, req.params.id, vendorProductFields) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVendorProductWorkflow } from "../../../workflows/vendor-product/workflows/create-vendor-product"
import type { VendorRequest } from "../resolve-vendor-actor"
import { retrieveVendorProduct, STOCK_FIELDS, vendorProductIds, withStock } from "./own-product"
import { vendorProductFields } from "./query-config"
import type { VendorCreateProductBody } from "./validators"

/** A variant's stock is read with whether it is managed, so it comes with any variant field asked for. */
const VARIANT_STOCK_FIELDS = [...STOCK_FIELDS, "variants.manage_inventory"]

/** The vendor's own products, drafts included. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const ids = await vendorProductIds(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = ids.length
    ? await query.graph({
        entity: "product",
        // Stock is read beside the variants, when they are asked for.
        fields: [...req.queryConfig.fields, ...(req.queryConfig.fields.some((field) => field.startsWith("variants.")) ? VARIANT_STOCK_FIELDS : [])],
        filters: { ...req.filterableFields, id: ids },
        pagination: req.queryConfig.pagination,
      })
    : { data: [], metadata: { count: 0, skip: req.queryConfig.pagination.skip, take: req.queryConfig.pagination.take } }
  await withStock(products, req)
  res.json({ products, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (req: VendorRequest<VendorCreateProductBody>, res: MedusaResponse) => {
  const { variants, ...product } = req.validatedBody
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor.id,
      product: {
        ...product,
        variants: variants.map(({ stock_quantity, ...variant }) => variant),
      },
      stock: variants
        .filter((variant) => variant.stock_quantity !== undefined)
        .map((variant) => ({ variant: variant.sku ?? variant.title, quantity: variant.stock_quantity! })),
    },
  })
  res.status(201).json({ product: await retrieveVendorProduct(req, result.id, vendorProductFields) })
}

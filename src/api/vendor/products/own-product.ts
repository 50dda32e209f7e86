import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "../resolve-vendor-actor"

/** Another vendor's product answers 404, exactly as one that does not exist. */
export async function ensureOwnProduct(req: VendorRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id", "vendor.id"], filters: { id: req.params.id } })
  if (!product || (product as any).vendor?.id !== req.vendor_context.vendor.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  }
  if (req.params.variant_id) {
    const {
      data: [variant],
    } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { id: req.params.variant_id, product_id: product.id } })
    if (!variant) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${req.params.variant_id} was not found`)
    }
  }
  next()
}

/** Ids of the vendor's products, for list queries. */
export async function vendorProductIds(req: VendorRequest<any, any>): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id: req.vendor_context.vendor.id } })
  return (vendor?.products ?? []).filter(Boolean).map((p: any) => p.id)
}

export const STOCK_FIELDS = [
  "variants.inventory_items.inventory.location_levels.*",
  "variants.inventory_items.inventory.metadata",
]

export async function retrieveVendorProduct(req: VendorRequest<any, any>, id: string, fields: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: [...fields, ...STOCK_FIELDS], filters: { id } })
  await withStock([product], req)
  return product
}

/** Each variant's stock at this vendor's location, flattened for the vendor app. */
export async function withStock(products: any[], req: VendorRequest<any, any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["stock_location.id"], filters: { id: req.vendor_context.vendor.id } })
  const locationId = vendor?.stock_location?.id
  for (const variant of products.flatMap((product) => product?.variants ?? [])) {
    const inventory = variant.inventory_items?.[0]?.inventory
    const level = (inventory?.location_levels ?? []).find((l: any) => l.location_id === locationId)
    variant.stock = variant.manage_inventory
      ? {
          stocked_quantity: Number(level?.stocked_quantity ?? 0),
          reserved_quantity: Number(level?.reserved_quantity ?? 0),
          available_quantity: Number(level?.available_quantity ?? 0),
          low_stock_threshold: inventory?.metadata?.low_stock_threshold ?? null,
        }
      : null
    delete variant.inventory_items
  }
}

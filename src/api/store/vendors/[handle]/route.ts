import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storeVendorFields } from "../query-config"

/** An active vendor's page: profile, opening hours and the categories it sells in. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: [...storeVendorFields, "products.id", "products.status", "products.categories.id", "products.categories.name", "products.categories.handle"],
    filters: { handle: req.params.handle, status: "active" },
  }, { locale: req.locale })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with handle: ${req.params.handle} was not found`)
  }
  const { products, ...profile } = vendor as any
  const categories = new Map<string, { id: string; name: string; handle: string }>()
  for (const product of products ?? []) {
    if (product?.status !== "published") {
      continue
    }
    for (const category of product.categories ?? []) {
      categories.set(category.id, { id: category.id, name: category.name, handle: category.handle })
    }
  }
  res.json({
    vendor: {
      ...profile,
      categories: [...categories.values()].sort((a, b) => a.name.localeCompare(b.name)),
    },
  })
}

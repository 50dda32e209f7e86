import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses variants whose vendor is not active, naming the vendor. Products of
 * an inactive vendor are already out of the marketplace sales channel; this
 * also stops a cart that took them in before the vendor was suspended.
 */
export async function assertVendorsCanSell(container: MedusaContainer, variantIds: string[]) {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.vendor.id", "product.vendor.name", "product.vendor.status"],
    filters: { id: ids },
  })
  refuseInactiveVendors((variants as any[]).map((variant) => variant.product?.vendor).filter(Boolean))
}

/** Throws, naming them, when any of these vendors is not active. */
export function refuseInactiveVendors(vendors: { id: string; name: string; status: string }[]) {
  const unavailable = new Map<string, string>()
  for (const vendor of vendors) {
    if (vendor.status !== "active") {
      unavailable.set(vendor.id, vendor.name)
    }
  }
  if (unavailable.size) {
    const names = [...unavailable.values()].map((name) => `"${name}"`).join(", ")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${names} ${unavailable.size === 1 ? "is" : "are"} not selling at the moment; remove ${unavailable.size === 1 ? "its" : "their"} items from the cart to continue.`
    )
  }
}

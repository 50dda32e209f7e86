import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const VENDOR_FIELDS = ["vendor.id", "vendor.handle", "vendor.name"]
type WithVendorFilter = MedusaRequest & { vendor_filter?: string[] }

/**
 * Runs before Medusa validates the query: takes `vendor_id` out of it (the core
 * validator does not know it) and keeps it for `applyVendorToProducts`.
 */
export function takeVendorFilter(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET" && req.query.vendor_id !== undefined) {
    const raw = ([] as unknown[]).concat(req.query.vendor_id)
    if (raw.some((value) => typeof value !== "string" || !value.trim())) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "vendor_id must be a vendor id or a list of vendor ids")
    }
    ;(req as WithVendorFilter).vendor_filter = (raw as string[]).flatMap((value) => value.split(",")).map((v) => v.trim())
    delete (req.query as Record<string, unknown>).vendor_id
  }
  next()
}

/**
 * Runs after validation: every product carries `vendor {id, handle, name}`,
 * and `vendor_id` narrows the list to those vendors' products (for customers,
 * only vendors that are active).
 */
export function applyVendorToProducts({ activeVendorsOnly }: { activeVendorsOnly: boolean }) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    vendorOnProducts(req, res, next, activeVendorsOnly)
}

async function vendorOnProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction, activeVendorsOnly: boolean) {
  const fields = req.queryConfig?.fields
  if (fields) {
    for (const field of VENDOR_FIELDS) {
      if (!fields.includes(field)) {
        fields.push(field)
      }
    }
  }
  const vendorIds = (req as WithVendorFilter).vendor_filter
  if (vendorIds) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: vendors } = await query.graph({
      entity: "vendor",
      fields: ["id", "products.id"],
      filters: activeVendorsOnly ? { id: vendorIds, status: "active" } : { id: vendorIds },
    })
    const productIds = vendors.flatMap((vendor: any) => (vendor.products ?? []).filter(Boolean).map((p: any) => p.id))
    const requested = req.filterableFields.id
    const narrowed = requested
      ? productIds.filter((id: string) => ([] as unknown[]).concat(requested).includes(id))
      : productIds
    // An id no product has: an unknown (or, for customers, inactive) vendor lists nothing, never everything.
    req.filterableFields.id = narrowed.length ? narrowed : ["prod_none"]
  }
  next()
}

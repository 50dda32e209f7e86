import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { projectFields } from "../../project-fields"
import { storeVendorFields } from "./query-config"
import type { StoreGetVendorsParamsType } from "./validators"

/** Active vendors only; nearest first when the customer's position is given. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const params = req.validatedQuery as unknown as StoreGetVendorsParamsType
  const vendorService = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const { rows, count } = await vendorService.listActiveVendorIds({
    q: params.q,
    latitude: params.latitude,
    longitude: params.longitude,
    limit: params.limit,
    offset: params.offset,
  })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = rows.length
    ? await query.graph({ entity: "vendor", fields: storeVendorFields, filters: { id: rows.map((r) => r.id) } }, { locale: req.locale })
    : { data: [] as any[] }
  const byId = new Map<string, any>(data.map((vendor: any) => [vendor.id, vendor] as [string, any]))
  const listed = rows
    .filter((row) => byId.has(row.id))
    .map((row) => ({ ...byId.get(row.id), distance_km: row.distance_km === null ? null : Math.round(row.distance_km * 100) / 100 }))

  const vendors = projectFields(listed, params.fields)
  res.json({ vendors, count, offset: params.offset, limit: params.limit })
}

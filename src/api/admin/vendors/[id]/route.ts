import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withAdminDocumentUrls } from "../helpers"
import { adminVendorDetailFields } from "../query-config"

export async function retrieveAdminVendor(req: AuthenticatedMedusaRequest<any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: adminVendorDetailFields, filters: { id } })
  if (!vendor) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor with id: ${id} was not found`)
  }
  // Newest action first: the history reads like an audit log.
  vendor.status_changes = [...(vendor.status_changes ?? [])].sort(
    (a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  return withAdminDocumentUrls(vendor)
}

/** One vendor with its members, documents and the who/when/why of every admin action. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ vendor: await retrieveAdminVendor(req, req.params.id) })
}

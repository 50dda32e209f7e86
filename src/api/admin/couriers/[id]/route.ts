import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withAdminCourierDocumentUrls } from "../helpers"
import { adminCourierDetailFields } from "../query-config"

export async function retrieveAdminCourier(req: AuthenticatedMedusaRequest<any>, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [courier],
  } = await query.graph({ entity: "courier", fields: adminCourierDetailFields, filters: { id } })
  if (!courier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Courier with id: ${id} was not found`)
  }
  // Newest action first: the history reads like an audit log.
  courier.status_changes = [...(courier.status_changes ?? [])].sort(
    (a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  return withAdminCourierDocumentUrls(courier)
}

/** One courier with its documents and the who/when/why of every admin action. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ courier: await retrieveAdminCourier(req, req.params.id) })
}

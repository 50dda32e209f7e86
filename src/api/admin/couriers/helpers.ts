import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminCourierDetailFields } from "./query-config"

/** Documents are private files: admins read them through GET /admin/couriers/:id/documents/:document_id/file. */
export function withAdminCourierDocumentUrls<Courier extends { id: string; documents?: { id: string }[] | null }>(courier: Courier): Courier {
  if (!courier.documents) {
    return courier
  }
  return {
    ...courier,
    documents: courier.documents.map((document) => ({
      ...document,
      url: `/admin/couriers/${courier.id}/documents/${document.id}/file`,
    })),
  }
}

/** One courier with its documents and its history, newest action first; a 404 when unknown. */
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

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

/** Documents are private files: admins read them through GET /admin/vendors/:id/documents/:document_id/file. */
export function withAdminDocumentUrls<Vendor extends { id: string; documents?: { id: string }[] | null }>(vendor: Vendor): Vendor {
  if (!vendor.documents) {
    return vendor
  }
  return {
    ...vendor,
    documents: vendor.documents.map((document) => ({
      ...document,
      url: `/admin/vendors/${vendor.id}/documents/${document.id}/file`,
    })),
  }
}

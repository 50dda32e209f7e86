/** The stored file of a document is never public: its URL is this authenticated route. */
export function courierDocumentView<Document extends { id: string }>(document: Document): Document & { url: string } {
  return { ...document, url: `/courier/documents/${document.id}/file` }
}

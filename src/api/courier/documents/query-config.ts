import type { ListShape } from "../../list-query"

/** What a courier document shows; its url is always the authenticated file route. */
export const courierDocumentFields = ["id", "type", "url", "filename", "mime_type", "created_at"]

export const courierDocumentList: ListShape = {
  fields: courierDocumentFields,
  order: ["created_at", "type"],
}

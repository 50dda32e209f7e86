import type { ListShape } from "../../list-query"

/** What a verification document shows; its url is always the authenticated file route. */
export const documentFields = ["id", "type", "url", "filename", "mime_type", "created_at"]

export const documentList: ListShape = {
  fields: documentFields,
  order: ["created_at", "type"],
}

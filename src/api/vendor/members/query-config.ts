import type { ListShape } from "../../list-query"

/** What the members routes answer for each member. */
export const memberFields = ["id", "role", "email", "first_name", "last_name", "phone", "locale", "created_at"]

export const memberList: ListShape = {
  fields: memberFields,
  order: ["created_at", "email", "role", "first_name", "last_name"],
}

/** What an invite shows; the token is shown once, when it is made. */
export const inviteFields = ["id", "email", "role", "expires_at", "accepted_at", "invited_by", "created_at"]

export const inviteList: ListShape = {
  fields: inviteFields,
  order: ["created_at", "expires_at", "email"],
}

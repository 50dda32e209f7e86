import { listQueryParams, type ListShape } from "../../list-query"
import { createdAtRange, nonEmptyId, oneOf, oneOrMany } from "../../order-list-params"
import { SECURITY_EVENT_TYPES, type SecurityEventType } from "../../../modules/security/models/security-event"

export const securityEventFields = ["id", "type", "ip", "identity", "method", "path", "details", "created_at"]

export const securityEventList: ListShape = {
  fields: securityEventFields,
  order: ["created_at", "type", "ip"],
  defaultOrder: "-created_at",
  defaultLimit: 50,
}

export const AdminGetSecurityEventsParams = listQueryParams(securityEventList)
  .extend({
    type: oneOrMany(oneOf<SecurityEventType>("type", SECURITY_EVENT_TYPES)),
    ip: oneOrMany(nonEmptyId("ip")),
    identity: oneOrMany(nonEmptyId("identity")),
    created_at: createdAtRange,
  })
  .strict()

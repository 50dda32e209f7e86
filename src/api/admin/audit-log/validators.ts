import { z } from "@medusajs/framework/zod"
import { listQueryParams, type ListShape } from "../../list-query"
import { createdAtRange, nonEmptyId, oneOrMany } from "../../order-list-params"

export const auditLogFields = [
  "id",
  "actor_type",
  "actor_id",
  "action",
  "target_type",
  "target_id",
  "before",
  "after",
  "ip",
  "user_agent",
  "created_at",
]

export const auditLogList: ListShape = {
  fields: auditLogFields,
  order: ["created_at", "action", "actor_id", "target_type"],
  defaultOrder: "-created_at",
  defaultLimit: 50,
}

export const AdminGetAuditLogParams = listQueryParams(auditLogList)
  .extend({
    actor_id: oneOrMany(nonEmptyId("actor_id")),
    actor_type: oneOrMany(z.enum(["user", "vendor"])),
    target_type: oneOrMany(nonEmptyId("target_type")),
    target_id: oneOrMany(nonEmptyId("target_id")),
    action: oneOrMany(nonEmptyId("action")),
    created_at: createdAtRange,
  })
  .strict()

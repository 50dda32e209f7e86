import { model } from "@medusajs/framework/utils"

/**
 * One state change made by an admin or a vendor member: who, what, on which
 * target, the target before and after, from where. Append-only: the database
 * refuses to update or delete a row (migration), and no route writes one but
 * the recorder.
 */
export const AuditLogEntry = model
  .define("audit_log_entry", {
    id: model.id({ prefix: "audit" }).primaryKey(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    /** `METHOD /route/:pattern`, as the route is declared. */
    action: model.text(),
    target_type: model.text().nullable(),
    target_id: model.text().nullable(),
    before: model.json().nullable(),
    after: model.json().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
  })
  .indexes([{ on: ["actor_id", "created_at"] }, { on: ["target_type", "target_id"] }, { on: ["action"] }, { on: ["created_at"] }])

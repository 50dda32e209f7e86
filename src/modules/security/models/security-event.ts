import { model } from "@medusajs/framework/utils"

export const SECURITY_EVENT_TYPES = ["login_locked_out", "ip_blocked", "repeated_unauthorized"] as const
export type SecurityEventType = (typeof SECURITY_EVENT_TYPES)[number]

/** Something an admin should know about a caller: a lock-out, a blocked request, a run of 401s. */
export const SecurityEvent = model
  .define("security_event", {
    id: model.id({ prefix: "secev" }).primaryKey(),
    type: model.enum([...SECURITY_EVENT_TYPES]),
    ip: model.text(),
    identity: model.text().nullable(),
    method: model.text().nullable(),
    path: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["ip", "created_at"] }, { on: ["type", "created_at"] }, { on: ["created_at"] }])

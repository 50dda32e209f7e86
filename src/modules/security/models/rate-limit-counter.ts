import { model } from "@medusajs/framework/utils"

/**
 * A fixed-window counter (login attempts per identity, per IP). Kept in
 * PostgreSQL so every server instance counts against the same windows.
 */
export const RateLimitCounter = model.define("rate_limit_counter", {
  id: model.id({ prefix: "rlc" }).primaryKey(),
  key: model.text().unique(),
  window_started_at: model.dateTime(),
  hits: model.number().default(0),
})

import { model } from "@medusajs/framework/utils"

/**
 * A tier is reached with `threshold` points earned over the last 12 months;
 * its `multiplier` scales every earning while the customer holds it. Seeded:
 * Bronze (0, ×1), Silver (1,000, ×1.25), Gold (5,000, ×1.5).
 */
export const LoyaltyTier = model.define("loyalty_tier", {
  id: model.id({ prefix: "ltier" }).primaryKey(),
  name: model.text().unique(),
  threshold: model.number(),
  multiplier: model.float(),
})

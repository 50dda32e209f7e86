import type { MedusaContainer } from "@medusajs/framework/types"
import { expirePointsWorkflow } from "../workflows/loyalty/workflows/expire-points"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/**
 * Once a day: points past their date expire, oldest first, and customers hear
 * 7 days ahead of points about to expire (once per lot).
 */
export default async function expireLoyaltyPoints(container: MedusaContainer) {
  const { result } = await expirePointsWorkflow(container).run({ input: {} })
  for (const warning of result.warnings) {
    await notifyRecipientsWorkflow(container).run({
      input: {
        event: "loyalty-points-expiring",
        category: "account",
        data: { points: warning.points, expires_at: warning.expires_at },
        resource: { type: "loyalty", id: warning.customer_id },
        recipients: { customer_ids: [warning.customer_id] },
      },
    })
  }
}

export const config = {
  name: "expire-loyalty-points",
  schedule: "15 3 * * *",
}

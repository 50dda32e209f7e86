import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { DaraaEvents } from "../events"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { tierReached } from "../workflows/loyalty/customer-tier"
import { earnVendorOrderPointsWorkflow } from "../workflows/loyalty/workflows/earn-vendor-order-points"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/**
 * A vendor order earns its customer points when it is delivered, or when
 * Medusa completes it (the fallback while couriers do not deliver it); the
 * key `earn:<order>` makes the second of the two earn nothing. The customer
 * hears of the points, of a referral reward, and of a tier reached.
 */
export default async function earnLoyaltyPoints({ event, container }: SubscriberArgs<{ id: string }>) {
  const { result } = await earnVendorOrderPointsWorkflow(container).run({ input: { order_id: event.data.id } })
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const notify = async (customerId: string, points: number, reason: "order" | "referral", display_id: number | null) =>
    notifyRecipientsWorkflow(container).run({
      input: {
        event: "loyalty-points-earned",
        category: "account",
        data: { points, balance: await loyalty.pointsBalance(customerId), reason, display_id },
        resource: { type: "loyalty", id: customerId },
        recipients: { customer_ids: [customerId] },
      },
    })

  if (result.earned.length && result.customer_id) {
    const {
      data: [order],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["display_id"], filters: { id: event.data.id } })
    await notify(result.customer_id, result.earned[0].points, "order", (order as any)?.display_id ?? null)
  }
  for (const reward of result.rewarded) {
    await notify(reward.customer_id, reward.points, "referral", null)
  }
  const earnedBy = new Map<string, number>()
  for (const entry of [...result.earned, ...result.rewarded]) {
    earnedBy.set(entry.customer_id, (earnedBy.get(entry.customer_id) ?? 0) + entry.points)
  }
  for (const [customerId, points] of earnedBy) {
    const tier = await tierReached(container, customerId, points)
    if (tier) {
      await notifyRecipientsWorkflow(container).run({
        input: {
          event: "loyalty-tier-reached",
          category: "account",
          data: { tier: tier.name, multiplier: tier.multiplier },
          resource: { type: "loyalty", id: customerId },
          recipients: { customer_ids: [customerId] },
        },
      })
    }
  }
}

export const config: SubscriberConfig = { event: [DaraaEvents.VENDOR_ORDER_DELIVERED, OrderWorkflowEvents.COMPLETED] }

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

/** Takes the delivery's one "courier is near" notice when the courier is near; false when not, or already taken. */
export const claimNearNoticeStep = createStep(
  "claim-near-notice",
  async ({ delivery_id, near }: { delivery_id: string; near: boolean }, { container }) => {
    if (!near) {
      return new StepResponse(false, null)
    }
    const claimed = await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).claimNearNotice(delivery_id, new Date())
    return new StepResponse(claimed, claimed ? delivery_id : null)
  },
  async (delivery_id, { container }) => {
    if (!delivery_id) {
      return
    }
    const deliveries = container.resolve<DeliveryModuleService>(DELIVERY_MODULE)
    const delivery = await deliveries.retrieveDelivery(delivery_id, { select: ["id", "metadata"] })
    const { near_notified_at: _given, ...metadata } = (delivery.metadata ?? {}) as Record<string, unknown>
    await deliveries.updateDeliveries({ id: delivery_id, metadata })
  }
)

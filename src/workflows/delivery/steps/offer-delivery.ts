import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DaraaEventPayload, DaraaEvents } from "../../../events"
import type { DeliveryMoveRecord } from "../../../modules/delivery/service"
import { rankedCouriersFor } from "../courier-candidates"
import { deliveryService, movedPayload, withDeliveryLock } from "../delivery-moves"

export const offerDeliveryStepId = "offer-delivery"

export type DeliveryOffered = DaraaEventPayload<typeof DaraaEvents.DELIVERY_OFFERED>

const SYSTEM = { type: "system" as const, id: null }

/**
 * Offers a pending delivery to the best courier that has not already declined
 * it or let it expire, until `DELIVERY_OFFER_SECONDS` from now. Answers null,
 * and changes nothing, when the delivery is no longer pending or no courier
 * can take it now (the offers job tries again).
 */
export const offerDeliveryStep = createStep(
  offerDeliveryStepId,
  async (input: { delivery_id: string }, { container }) => {
    const service = deliveryService(container)
    const outcome = await withDeliveryLock(container, input.delivery_id, async () => {
      const [delivery] = await service.listDeliveries({ id: input.delivery_id }, { relations: ["offers"], take: 1 })
      if (!delivery || delivery.status !== "pending") {
        return null
      }
      const excluded = (delivery.offers ?? [])
        .filter((offer) => offer.status === "declined" || offer.status === "expired")
        .map((offer) => offer.courier_id)
      const [best] = await rankedCouriersFor(container, delivery as any, excluded)
      if (!best) {
        return null
      }
      const expiresAt = new Date(Date.now() + service.dispatchSettings().offer_seconds * 1000)
      const offer = await service.createDeliveryOffers({
        delivery_id: delivery.id,
        courier_id: best.id,
        expires_at: expiresAt,
        distance_km: best.distance_km,
      })
      try {
        const record = await service.moveDelivery({ id: delivery.id, from: "pending", to: "offered", actor: SYSTEM })
        return { delivery, offer, record }
      } catch (error) {
        await service.deleteDeliveryOffers(offer.id)
        throw error
      }
    })
    if (!outcome) {
      return new StepResponse(null, null)
    }
    const { delivery, offer, record } = outcome
    const offered: DeliveryOffered = {
      ...movedPayload(delivery, record, SYSTEM, null, offer.courier_id),
      offer_id: offer.id,
      expires_at: new Date(offer.expires_at).toISOString(),
    }
    return new StepResponse(offered, { record, offer_id: offer.id })
  },
  async (undo: { record: DeliveryMoveRecord; offer_id: string } | null | undefined, { container }) => {
    if (!undo) {
      return
    }
    const service = deliveryService(container)
    await service.revertDeliveryMove(undo.record)
    await service.deleteDeliveryOffers(undo.offer_id)
  }
)

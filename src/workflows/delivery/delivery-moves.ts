import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { DeliveryMoved } from "../../events"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import type { DeliveryActor, DeliveryMoveRecord } from "../../modules/delivery/service"

/** How long a change of a delivery waits for another one on the same delivery. */
const LOCK_TIMEOUT_SECONDS = 10

/** Every change of one delivery (a move, an offer answered) takes this lock. */
export function deliveryLockKey(deliveryId: string): string {
  return `delivery:${deliveryId}`
}

/** Runs `work` holding the delivery's lock, so that two answers to it are taken one after the other. */
export async function withDeliveryLock<T>(container: MedusaContainer, deliveryId: string, work: () => Promise<T>): Promise<T> {
  return container.resolve(Modules.LOCKING).execute(deliveryLockKey(deliveryId), work, { timeout: LOCK_TIMEOUT_SECONDS })
}

export function deliveryService(container: MedusaContainer): DeliveryModuleService {
  return container.resolve<DeliveryModuleService>(DELIVERY_MODULE)
}

const DELIVERY_HEAD = ["id", "order_id", "vendor_id", "courier_id", "status", "currency_code", "cash_due", "proof_code", "proof_attempts"]

/**
 * A delivery by id; with `courier_id`, only that courier's (another courier's
 * answers 404, exactly like a missing one).
 */
export async function findDelivery(service: DeliveryModuleService, id: string, courierId?: string) {
  const [delivery] = await service.listDeliveries({ id, ...(courierId ? { courier_id: courierId } : {}) }, { select: DELIVERY_HEAD, take: 1 })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${id} was not found`)
  }
  return delivery
}

/** The event payload of a recorded move. */
export function movedPayload(
  delivery: { id: string; order_id: string; vendor_id: string; courier_id?: string | null },
  record: DeliveryMoveRecord,
  actor: DeliveryActor,
  reason: string | null = null,
  courierId: string | null = delivery.courier_id ?? null
): DeliveryMoved {
  return {
    id: delivery.id,
    order_id: delivery.order_id,
    vendor_id: delivery.vendor_id,
    courier_id: courierId,
    from: record.from,
    to: record.to,
    at: record.at.toISOString(),
    actor_type: actor.type,
    actor_id: actor.id,
    reason,
  }
}

/** Withdraws the delivery's open offers (an admin assigned it, or it was cancelled); answers what to reopen on undo. */
export async function withdrawOpenOffers(service: DeliveryModuleService, deliveryId: string) {
  const open = await service.listDeliveryOffers({ delivery_id: deliveryId, status: "offered" }, { select: ["id"] })
  return Promise.all(open.map((offer) => service.respondToOffer(offer.id, "withdrawn")))
}

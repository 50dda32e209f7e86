import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type OrderGroupModuleService from "../../modules/order-group/service"
import type { VendorOrderStatus } from "../../modules/order-group/vendor-order-status"
import type { DispatchSettings } from "../../modules/delivery/service"
import { deliveryService } from "./delivery-moves"
import { answerDeliveryOfferWorkflow } from "./workflows/answer-delivery-offer"
import { dispatchDeliveryWorkflow } from "./workflows/dispatch-delivery"

/** The vendor order statuses in which its delivery may go to couriers. */
export function dispatchableVendorStatuses(dispatchOn: DispatchSettings["dispatch_on"]): VendorOrderStatus[] {
  return dispatchOn === "accepted" ? ["accepted", "preparing", "ready_for_pickup"] : ["ready_for_pickup"]
}

/** How many offers or deliveries one run handles at most; the rest wait for the next run. */
const BATCH = 100

/**
 * Expires every open offer past its time (of one courier, or of some offers,
 * when given), each then offered to the next courier. Routes call it before
 * they read or answer offers, so that expiry is exact to the second although
 * the job runs once a minute.
 */
export async function expireDueOffers(container: MedusaContainer, scope: { courier_id?: string; offer_ids?: string[] } = {}) {
  const service = deliveryService(container)
  const due = await service.listDeliveryOffers(
    {
      status: "offered",
      expires_at: { $lte: new Date() },
      ...(scope.courier_id ? { courier_id: scope.courier_id } : {}),
      ...(scope.offer_ids ? { id: scope.offer_ids } : {}),
    },
    { select: ["id"], order: { expires_at: "ASC" }, take: BATCH }
  )
  const expired: string[] = []
  for (const offer of due) {
    await runQuietly(container, `expire delivery offer ${offer.id}`, async () => {
      const { result } = await answerDeliveryOfferWorkflow(container).run({ input: { offer_id: offer.id, answer: "expired" } })
      if (result.moved) {
        expired.push(offer.id)
      }
    })
  }
  return expired
}

/** Offers every pending delivery whose vendor order has reached the dispatch status and that no courier took yet. */
export async function dispatchPendingDeliveries(container: MedusaContainer) {
  const service = deliveryService(container)
  const pending = await service.listDeliveries({ status: "pending" }, { select: ["id", "order_id"], order: { created_at: "ASC" }, take: BATCH })
  if (!pending.length) {
    return []
  }
  const statuses = dispatchableVendorStatuses(service.dispatchSettings().dispatch_on)
  const states = await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_id: pending.map((delivery) => delivery.order_id) }, { select: ["order_id", "vendor_status"] })
  const ready = new Set(states.filter((state) => statuses.includes(state.vendor_status as VendorOrderStatus)).map((state) => state.order_id))
  const offered: string[] = []
  for (const delivery of pending.filter((candidate) => ready.has(candidate.order_id))) {
    await runQuietly(container, `dispatch delivery ${delivery.id}`, async () => {
      const { result } = await dispatchDeliveryWorkflow(container).run({ input: { delivery_id: delivery.id } })
      if (result) {
        offered.push(delivery.id)
      }
    })
  }
  return offered
}

/** One delivery that cannot move must not hold up the others; a conflict means someone else moved it first. */
async function runQuietly(container: MedusaContainer, what: string, work: () => Promise<void>) {
  try {
    await work()
  } catch (error: any) {
    if (error?.type !== MedusaError.Types.CONFLICT && error?.type !== MedusaError.Types.NOT_FOUND) {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not ${what}: ${error?.message ?? error}`)
    }
  }
}

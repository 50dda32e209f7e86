import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { ACTIVE_DELIVERY_STATUSES, courierRoute, stopSequences } from "../../../queries/courier-route"

/**
 * Numbers the courier's deliveries under way by the route's order (the
 * sequence of each one's next stop) and clears it on the courier's finished
 * ones. Restores the previous numbers on compensation.
 */
export const setStopSequencesStep = createStep(
  "set-stop-sequences",
  async ({ courier_id }: { courier_id: string }, { container }) => {
    const deliveries = container.resolve<DeliveryModuleService>(DELIVERY_MODULE)
    const sequences = stopSequences(await courierRoute(container, courier_id))
    const numbered = await deliveries.listDeliveries({ courier_id, stop_sequence: { $ne: null } } as any, { select: ["id", "status", "stop_sequence"] })
    const previous = new Map(numbered.map((delivery) => [delivery.id, delivery.stop_sequence as number | null]))
    const updates: { id: string; stop_sequence: number | null }[] = []
    for (const [id, sequence] of sequences) {
      if (previous.get(id) !== sequence) updates.push({ id, stop_sequence: sequence })
    }
    for (const delivery of numbered) {
      if (!sequences.has(delivery.id) && !ACTIVE_DELIVERY_STATUSES.includes(delivery.status)) updates.push({ id: delivery.id, stop_sequence: null })
    }
    if (updates.length) {
      await deliveries.updateDeliveries(updates)
    }
    return new StepResponse(
      Object.fromEntries(sequences),
      updates.map((update) => ({ id: update.id, stop_sequence: previous.get(update.id) ?? null }))
    )
  },
  async (restore, { container }) => {
    if (restore?.length) {
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).updateDeliveries(restore)
    }
  }
)

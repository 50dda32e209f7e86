import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryMoved } from "../../../events"
import type { DeliveryStatus } from "../../../modules/delivery/models/delivery"
import type { DeliveryActor, DeliveryMoveFields, DeliveryMoveRecord } from "../../../modules/delivery/service"
import { deliveryService, findDelivery, movedPayload, withDeliveryLock } from "../delivery-moves"

export type MoveDeliveryStepInput = {
  delivery_id: string
  to: DeliveryStatus
  /** Only this courier's delivery: another courier's answers 404. */
  courier_id?: string
  actor: DeliveryActor
  reason?: string | null
  set?: DeliveryMoveFields
}

export const moveDeliveryStepId = "move-delivery"

/** Moves a delivery one step under its lock (409 when the move is not allowed now); undone if the workflow fails. */
export const moveDeliveryStep = createStep(
  moveDeliveryStepId,
  async (input: MoveDeliveryStepInput, { container }) => {
    const service = deliveryService(container)
    const { delivery, record } = await withDeliveryLock(container, input.delivery_id, async () => {
      const delivery = await findDelivery(service, input.delivery_id, input.courier_id)
      const record = await service.moveDelivery({
        id: delivery.id,
        from: delivery.status,
        to: input.to,
        set: input.set,
        actor: input.actor,
        reason: input.reason ?? null,
      })
      return { delivery, record }
    })
    const moved: DeliveryMoved = movedPayload(
      delivery,
      record,
      input.actor,
      input.reason ?? null,
      input.set?.courier_id !== undefined ? input.set.courier_id : delivery.courier_id
    )
    return new StepResponse(moved, record)
  },
  async (record: DeliveryMoveRecord | undefined, { container }) => {
    if (record) {
      await deliveryService(container).revertDeliveryMove(record)
    }
  }
)

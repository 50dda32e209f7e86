import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryMoved } from "../../../events"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { createDeliveryStep } from "../steps/create-delivery"
import { offerDeliveryStep } from "../steps/offer-delivery"

export type CreateDeliveryWorkflowInput = {
  /** The vendor order (its Medusa order id). */
  order_id: string
  /** Offer it to a courier at once (the vendor order reached DELIVERY_DISPATCH_ON). */
  dispatch: boolean
}

export const createDeliveryWorkflowId = "create-delivery"

/**
 * The delivery of a vendor order, created once when the vendor accepts
 * (`delivery.created`), and offered to a courier when the order reaches the
 * dispatch status. Running it again for the same order only dispatches.
 */
export const createDeliveryWorkflow = createWorkflow(createDeliveryWorkflowId, (input: CreateDeliveryWorkflowInput) => {
  const { delivery, created } = createDeliveryStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  const createdMove = transform({ delivery, created }, ({ delivery, created }): DeliveryMoved | null =>
    created
      ? {
          id: delivery.id,
          order_id: delivery.order_id,
          vendor_id: delivery.vendor_id,
          courier_id: null,
          from: null,
          to: "pending",
          at: new Date(delivery.created_at).toISOString(),
          actor_type: "system",
          actor_id: null,
          reason: null,
        }
      : null
  )
  emitDeliveryMoved("delivery-created", createdMove)
  const offered = when("create-delivery-dispatches", { input }, ({ input }) => input.dispatch).then(() => {
    const offered = offerDeliveryStep(transform({ delivery }, ({ delivery }) => ({ delivery_id: delivery.id })))
    emitDeliveryMoved("delivery-offered", offered)
    return offered
  })
  return new WorkflowResponse({ delivery, offered })
})

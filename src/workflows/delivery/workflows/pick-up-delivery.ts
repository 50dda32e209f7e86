import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionVendorOrderWorkflow } from "../../vendor-order/workflows/transition-vendor-order"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { moveDeliveryStep } from "../steps/move-delivery"

export const pickUpDeliveryWorkflowId = "pick-up-delivery"

/**
 * The courier has the goods: the delivery is picked up and the vendor order
 * goes out for delivery. The vendor must have marked it ready first (409
 * otherwise, and the delivery stays assigned).
 */
export const pickUpDeliveryWorkflow = createWorkflow(pickUpDeliveryWorkflowId, (input: { delivery_id: string; courier_id: string }) => {
  const moved = moveDeliveryStep(
    transform({ input }, ({ input }) => ({
      delivery_id: input.delivery_id,
      courier_id: input.courier_id,
      to: "picked_up" as const,
      actor: { type: "courier" as const, id: input.courier_id },
    }))
  )
  transitionVendorOrderWorkflow.runAsStep({
    input: transform({ moved, input }, ({ moved, input }) => ({
      order_id: moved.order_id,
      action: "dispatch" as const,
      actor: { type: "courier" as const, id: input.courier_id },
    })),
  })
  emitDeliveryMoved("delivery-picked-up", moved)
  return new WorkflowResponse(moved)
})

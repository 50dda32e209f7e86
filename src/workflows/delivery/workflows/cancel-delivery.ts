import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryActor } from "../../../modules/delivery/service"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { cancelDeliveryStep } from "../steps/cancel-delivery"

export const cancelDeliveryWorkflowId = "cancel-delivery"

/** The delivery of a rejected or cancelled vendor order is cancelled (`delivery.cancelled`), if it has not left yet. */
export const cancelDeliveryWorkflow = createWorkflow(
  cancelDeliveryWorkflowId,
  (input: { order_id: string; actor: DeliveryActor; reason?: string | null }) => {
    const moved = cancelDeliveryStep(input)
    emitDeliveryMoved("delivery-cancelled", moved)
    return new WorkflowResponse(moved)
  }
)

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryActor } from "../../../modules/delivery/service"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { assignDeliveryStep } from "../steps/assign-delivery"

export const assignDeliveryWorkflowId = "assign-delivery"

/** An admin assigns a delivery to a courier by hand (`delivery.assigned`). */
export const assignDeliveryWorkflow = createWorkflow(
  assignDeliveryWorkflowId,
  (input: { delivery_id: string; courier_id: string; actor: DeliveryActor }) => {
    const moved = assignDeliveryStep(input)
    emitDeliveryMoved("delivery-assigned", moved)
    return new WorkflowResponse(moved)
  }
)

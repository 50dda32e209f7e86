import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionVendorOrderWorkflow } from "../../vendor-order/workflows/transition-vendor-order"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { moveDeliveryStep } from "../steps/move-delivery"
import { verifyProofCodeStep } from "../steps/verify-proof-code"

export const deliverDeliveryWorkflowId = "deliver-delivery"

/**
 * The courier hands the order over against the customer's code: the delivery
 * is delivered and the vendor order too, which settles it in the ledger.
 */
export const deliverDeliveryWorkflow = createWorkflow(
  deliverDeliveryWorkflowId,
  (input: { delivery_id: string; courier_id: string; code: string }) => {
    verifyProofCodeStep(input)
    const moved = moveDeliveryStep(
      transform({ input }, ({ input }) => ({
        delivery_id: input.delivery_id,
        courier_id: input.courier_id,
        to: "delivered" as const,
        actor: { type: "courier" as const, id: input.courier_id },
      }))
    )
    transitionVendorOrderWorkflow.runAsStep({
      input: transform({ moved, input }, ({ moved, input }) => ({
        order_id: moved.order_id,
        action: "deliver" as const,
        actor: { type: "courier" as const, id: input.courier_id },
      })),
    })
    emitDeliveryMoved("delivery-delivered", moved)
    return new WorkflowResponse(moved)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionVendorOrderWorkflow } from "../../vendor-order/workflows/transition-vendor-order"
import { emitDeliveryMoved } from "../emit-delivery-moved"
import { moveDeliveryStep } from "../steps/move-delivery"

export const failDeliveryWorkflowId = "fail-delivery"

/**
 * The courier could not hand the order over (nobody there, refused): the
 * delivery fails with the courier's reason, and the vendor order is cancelled,
 * which refunds its payment (or releases it, for cash on delivery) and returns
 * its stock; the courier brings the goods back to the vendor.
 */
export const failDeliveryWorkflow = createWorkflow(
  failDeliveryWorkflowId,
  (input: { delivery_id: string; courier_id: string; reason: string }) => {
    const moved = moveDeliveryStep(
      transform({ input }, ({ input }) => ({
        delivery_id: input.delivery_id,
        courier_id: input.courier_id,
        to: "failed" as const,
        actor: { type: "courier" as const, id: input.courier_id },
        reason: input.reason,
        set: { failure_reason: input.reason },
      }))
    )
    transitionVendorOrderWorkflow.runAsStep({
      input: transform({ moved, input }, ({ moved, input }) => ({
        order_id: moved.order_id,
        action: "fail_delivery" as const,
        actor: { type: "courier" as const, id: input.courier_id },
        reason: input.reason,
      })),
    })
    emitDeliveryMoved("delivery-failed", moved)
    return new WorkflowResponse(moved)
  }
)

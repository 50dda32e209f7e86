import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { COURIER_EVENTS, courierStatusUpdate, type CourierAction } from "../../../modules/courier/status"
import { recordCourierStatusChangeStep } from "../steps/record-courier-status-change"
import { updateCourierStep } from "../steps/update-courier"
import { validateCourierTransitionStep } from "../steps/validate-courier-transition"

export type ChangeCourierStatusWorkflowInput = {
  courier_id: string
  action: CourierAction
  reason?: string | null
  actor_type: string
  actor_id: string
}

export const changeCourierStatusWorkflowId = "change-courier-status"

/**
 * Approve, reject, suspend or reinstate, recorded with who and why. A courier
 * that stops being active goes offline in the same run, so it is never offered
 * work it may not take.
 */
export const changeCourierStatusWorkflow = createWorkflow(
  changeCourierStatusWorkflowId,
  (input: ChangeCourierStatusWorkflowInput) => {
    const transition = validateCourierTransitionStep({ courier_id: input.courier_id, action: input.action })
    updateCourierStep(
      transform({ input, transition }, ({ input, transition }) => ({
        id: input.courier_id,
        update: courierStatusUpdate(transition.to),
      }))
    )
    recordCourierStatusChangeStep(
      transform({ input, transition }, ({ input, transition }) => ({
        courier_id: input.courier_id,
        action: input.action,
        from_status: transition.from,
        to_status: transition.to,
        reason: input.reason ?? null,
        actor_type: input.actor_type,
        actor_id: input.actor_id,
      }))
    )
    emitEventStep({
      eventName: transform({ input }, ({ input }) => COURIER_EVENTS[input.action]),
      data: transform({ input }, ({ input }) => ({ id: input.courier_id, reason: input.reason ?? null })),
    })
    const courierStatusChanged = createHook("courierStatusChanged", { input, transition })
    return new WorkflowResponse(transition, { hooks: [courierStatusChanged] })
  }
)

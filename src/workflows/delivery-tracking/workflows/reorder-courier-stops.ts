import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setStopSequencesStep } from "../steps/set-stop-sequences"

export const reorderCourierStopsWorkflowId = "reorder-courier-stops"

/**
 * Recomputes the order of a courier's stops when its deliveries change
 * (one assigned, picked up or finished), under the courier's lock so two
 * changes at once leave the order of the later one.
 */
export const reorderCourierStopsWorkflow = createWorkflow(reorderCourierStopsWorkflowId, (input: { courier_id: string }) => {
  const key = transform({ input }, ({ input }) => `courier-stops:${input.courier_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const sequences = setStopSequencesStep({ courier_id: input.courier_id })
  releaseLockStep({ key })
  return new WorkflowResponse(sequences)
})

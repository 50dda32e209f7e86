import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CourierAvailability } from "../../../modules/courier/models/courier"
import { updateCourierStep } from "../steps/update-courier"
import { validateCourierAvailabilityStep } from "../steps/validate-courier-availability"

export type SetCourierAvailabilityWorkflowInput = {
  courier_id: string
  availability: CourierAvailability
  /** The courier's position now; going online requires one, going offline may give one. */
  position?: { latitude: number; longitude: number } | null
}

export const setCourierAvailabilityWorkflowId = "set-courier-availability"

/** A courier goes online (active couriers only, with a position) or offline, keeping the last position given. */
export const setCourierAvailabilityWorkflow = createWorkflow(
  setCourierAvailabilityWorkflowId,
  (input: SetCourierAvailabilityWorkflowInput) => {
    validateCourierAvailabilityStep({ courier_id: input.courier_id, availability: input.availability })
    const courier = updateCourierStep(
      transform({ input }, ({ input }) => ({
        id: input.courier_id,
        update: {
          availability: input.availability,
          ...(input.position
            ? { latitude: input.position.latitude, longitude: input.position.longitude, position_at: new Date() }
            : {}),
        },
      }))
    )
    return new WorkflowResponse(courier)
  }
)

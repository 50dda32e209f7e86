import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { createCourierStep, type CreateCourierStepInput } from "../steps/create-courier"
import { linkCourierLoginStep } from "../steps/link-courier-login"
import { validateCourierRegistrationStep } from "../steps/validate-courier-registration"

export type CreateCourierWorkflowInput = {
  auth_identity_id: string
  courier: CreateCourierStepInput
}

export const createCourierWorkflowId = "create-courier"

/** Registration: a pending, offline courier, and the registering login made that courier. */
export const createCourierWorkflow = createWorkflow(createCourierWorkflowId, (input: CreateCourierWorkflowInput) => {
  validateCourierRegistrationStep({ auth_identity_id: input.auth_identity_id })
  const courier = createCourierStep(input.courier)
  linkCourierLoginStep(
    transform({ input, courier }, ({ input, courier }) => ({ auth_identity_id: input.auth_identity_id, courier_id: courier.id }))
  )
  emitEventStep({
    eventName: DaraaEvents.COURIER_CREATED,
    data: transform({ courier }, ({ courier }) => ({ id: courier.id })),
  })
  const courierCreated = createHook("courierCreated", { courier })
  return new WorkflowResponse({ courier }, { hooks: [courierCreated] })
})

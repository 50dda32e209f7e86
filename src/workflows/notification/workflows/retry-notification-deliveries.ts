import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryDueDeliveriesStep } from "../steps/retry-due-deliveries"

export const retryNotificationDeliveriesWorkflowId = "retry-notification-deliveries"

export const retryNotificationDeliveriesWorkflow = createWorkflow(retryNotificationDeliveriesWorkflowId, () => {
  return new WorkflowResponse(retryDueDeliveriesStep())
})

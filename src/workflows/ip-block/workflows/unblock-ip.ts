import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteIpBlockStep } from "../steps/delete-ip-block"

export const unblockIpWorkflowId = "unblock-ip"

export const unblockIpWorkflow = createWorkflow(unblockIpWorkflowId, (input: { id: string }) => {
  const block = deleteIpBlockStep(input)
  return new WorkflowResponse(block)
})

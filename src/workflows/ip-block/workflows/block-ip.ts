import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { IpRange } from "../../../modules/security/ip-ranges"
import { createIpBlockStep } from "../steps/create-ip-block"
import { validateIpBlockStep } from "../steps/validate-ip-block"

export type BlockIpInput = { range: IpRange; reason: string | null; created_by: string | null; requester_ip: string }

export const blockIpWorkflowId = "block-ip"

/** Puts an address or range on the blocklist (docs/security.md, "IP blocklist"). */
export const blockIpWorkflow = createWorkflow(blockIpWorkflowId, (input: BlockIpInput) => {
  validateIpBlockStep({ range: input.range, requester_ip: input.requester_ip })
  const block = createIpBlockStep({ range: input.range, reason: input.reason, created_by: input.created_by })
  return new WorkflowResponse(block)
})

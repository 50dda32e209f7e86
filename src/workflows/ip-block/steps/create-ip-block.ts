import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SECURITY_MODULE } from "../../../modules/security"
import type { IpRange } from "../../../modules/security/ip-ranges"
import type SecurityModuleService from "../../../modules/security/service"

export type CreateIpBlockInput = { range: IpRange; reason: string | null; created_by: string | null }

export const createIpBlockStep = createStep(
  "create-ip-block",
  async (input: CreateIpBlockInput, { container }) => {
    const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
    const block = await security.createIpBlocks({
      cidr: input.range.cidr,
      address: input.range.address,
      prefix_length: input.range.prefix_length,
      family: input.range.family,
      reason: input.reason,
      created_by: input.created_by,
    })
    security.forgetIpBlocks()
    return new StepResponse(block, block.id)
  },
  async (id, { container }) => {
    if (id) {
      const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
      await security.deleteIpBlocks(id)
      security.forgetIpBlocks()
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SECURITY_MODULE } from "../../../modules/security"
import type SecurityModuleService from "../../../modules/security/service"

/** Removes a block (404 when there is none); compensation restores it as it was. */
export const deleteIpBlockStep = createStep(
  "delete-ip-block",
  async (input: { id: string }, { container }) => {
    const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
    const [block] = await security.listIpBlocks({ id: input.id }, { take: 1 })
    if (!block) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `IP block ${input.id} was not found.`)
    }
    await security.deleteIpBlocks(block.id)
    security.forgetIpBlocks()
    return new StepResponse(block, block)
  },
  async (block, { container }) => {
    if (block) {
      const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
      const { id, cidr, address, prefix_length, family, reason, created_by } = block
      await security.createIpBlocks({ id, cidr, address, prefix_length, family, reason, created_by })
      security.forgetIpBlocks()
    }
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SECURITY_MODULE } from "../../../modules/security"
import { rangeContains, type IpRange } from "../../../modules/security/ip-ranges"
import type SecurityModuleService from "../../../modules/security/service"

/**
 * A new block must not cover the admin asking for it (they would lock
 * themselves out, 409) nor repeat an existing one (409).
 */
export const validateIpBlockStep = createStep(
  "validate-ip-block",
  async (input: { range: IpRange; requester_ip: string }, { container }) => {
    if (rangeContains(input.range, input.requester_ip)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${input.range.cidr} covers your own address (${input.requester_ip}); blocking it would lock you out. Ask another admin, from another address.`
      )
    }
    const [existing] = await container.resolve<SecurityModuleService>(SECURITY_MODULE).listIpBlocks({ cidr: input.range.cidr }, { take: 1 })
    if (existing) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `${input.range.cidr} is already blocked (${existing.id}).`)
    }
    return new StepResponse(undefined)
  }
)

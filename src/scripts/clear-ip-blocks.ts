import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SECURITY_MODULE } from "../modules/security"
import type SecurityModuleService from "../modules/security/service"

/**
 * `npx medusa exec ./src/scripts/clear-ip-blocks.ts`: empties the IP
 * blocklist, for an operator locked out of every admin address. Running
 * servers let the addresses in within IP_BLOCK_CACHE_SECONDS.
 */
export default async function clearIpBlocks({ container }: ExecArgs) {
  const security = container.resolve<SecurityModuleService>(SECURITY_MODULE)
  const blocks = await security.listIpBlocks({}, { select: ["id", "cidr"] })
  if (blocks.length) {
    await security.deleteIpBlocks(blocks.map((block) => block.id))
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Removed ${blocks.length} IP blocks${blocks.length ? `: ${blocks.map((block) => block.cidr).join(", ")}` : ""}.`)
}

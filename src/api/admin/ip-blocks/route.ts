import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { blockIpWorkflow } from "../../../workflows/ip-block/workflows/block-ip"
import { clientIp } from "../../security/security-events"
import type { AdminCreateIpBlockBody } from "./validators"

/** The blocklist, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ip_blocks, metadata } = await query.graph({
    entity: "ip_block",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ ip_blocks, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/** Blocks an address or a range on every prefix; never the caller's own address (409). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateIpBlockBody>, res: MedusaResponse) => {
  const { result } = await blockIpWorkflow(req.scope).run({
    input: {
      range: req.validatedBody.ip,
      reason: req.validatedBody.reason ?? null,
      created_by: req.auth_context.actor_id,
      requester_ip: clientIp(req),
    },
  })
  const { id, cidr, family, prefix_length, reason, created_by, created_at } = result
  res.status(201).json({ ip_block: { id, cidr, family, prefix_length, reason, created_by, created_at } })
}

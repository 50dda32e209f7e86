import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unblockIpWorkflow } from "../../../../workflows/ip-block/workflows/unblock-ip"

/** Unblocks: the address is let in again on this instance at once, on the others within IP_BLOCK_CACHE_SECONDS. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unblockIpWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "ip_block", deleted: true })
}

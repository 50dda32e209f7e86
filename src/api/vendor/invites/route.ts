import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { inviteMember } from "../members/invite"
import type { VendorRequest } from "../resolve-vendor-actor"

/** Owner only: invites not yet accepted, expired ones included so they can be resent. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: invites, metadata } = await query.graph({
    entity: "vendor_invite",
    fields: req.queryConfig.fields,
    filters: { vendor_id: req.vendor_context.vendor.id, accepted_at: null },
    pagination: req.queryConfig.pagination,
  })
  res.json({ invites, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = inviteMember

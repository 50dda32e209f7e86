import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorRequest } from "../resolve-vendor-actor"
import { inviteMember } from "./invite"

/** Everyone in the store can see who works there. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: members, metadata } = await query.graph({
    entity: "vendor_member",
    fields: req.queryConfig.fields,
    filters: { vendor_id: req.vendor_context.vendor.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({ members, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = inviteMember

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDeliveryZoneWorkflow } from "../../../workflows/delivery/workflows/create-delivery-zone"
import { retrieveDeliveryZone } from "./helpers"
import type { AdminCreateDeliveryZoneBody } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown>
  const { data: delivery_zones, metadata } = await query.graph({
    entity: "delivery_zone",
    fields: req.queryConfig.fields,
    filters: { ...filters, ...(q ? { name: { $ilike: `%${String(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({ delivery_zones, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDeliveryZoneBody>, res: MedusaResponse) => {
  const { result } = await createDeliveryZoneWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ delivery_zone: await retrieveDeliveryZone(req.scope, result.id) })
}

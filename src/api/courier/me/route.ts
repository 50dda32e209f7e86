import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CourierRequest } from "../resolve-courier-actor"

/** What a courier sees of itself. */
export const COURIER_PROFILE_FIELDS = [
  "id",
  "first_name",
  "last_name",
  "phone",
  "email",
  "locale",
  "vehicle_type",
  "status",
  "availability",
  "latitude",
  "longitude",
  "position_at",
  "max_active_deliveries",
  "created_at",
  "updated_at",
]

export async function retrieveCourierProfile(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [courier],
  } = await query.graph({ entity: "courier", fields: COURIER_PROFILE_FIELDS, filters: { id } })
  return courier
}

/** The signed-in courier, always the token's own. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  res.json({ courier: await retrieveCourierProfile(req.scope, req.courier_context.courier.id) })
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

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

/** One courier as it sees itself, by id. */
export async function retrieveCourierProfile(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [courier],
  } = await query.graph({ entity: "courier", fields: COURIER_PROFILE_FIELDS, filters: { id } })
  return courier
}

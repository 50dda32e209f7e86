import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deliveryZoneFields } from "./validators"

/** One zone in the list's shape; a missing or deleted id is a 404. */
export async function retrieveDeliveryZone(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [zone],
  } = await query.graph({ entity: "delivery_zone", fields: deliveryZoneFields, filters: { id } })
  if (!zone) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery zone with id: ${id} was not found`)
  }
  return zone
}

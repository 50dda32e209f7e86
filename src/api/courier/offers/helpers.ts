import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { courierOfferFields } from "../deliveries/query-config"

/** One of the courier's own offers; another courier's answers 404. */
export async function retrieveCourierOffer(scope: MedusaContainer, id: string, courierId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [offer],
  } = await query.graph({ entity: "delivery_offer", fields: courierOfferFields, filters: { id, courier_id: courierId } })
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery offer with id: ${id} was not found`)
  }
  return offer
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminDeliveryDetailFields } from "./query-config"

/** One delivery with its offers and history, the newest first. */
export async function retrieveAdminDelivery(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [delivery],
  } = await query.graph({ entity: "delivery", fields: adminDeliveryDetailFields, filters: { id } })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${id} was not found`)
  }
  const newestFirst = (a: { created_at: unknown }, b: { created_at: unknown }) =>
    new Date(b.created_at as string).getTime() - new Date(a.created_at as string).getTime()
  return {
    ...delivery,
    offers: [...(delivery.offers ?? [])].sort(newestFirst),
    status_changes: [...(delivery.status_changes ?? [])].sort(newestFirst),
  }
}

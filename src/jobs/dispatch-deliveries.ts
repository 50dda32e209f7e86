import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dispatchPendingDeliveries, expireDueOffers } from "../workflows/delivery/dispatch-due"

/**
 * Every minute: offers past DELIVERY_OFFER_SECONDS expire and go to the next
 * courier, and deliveries that found no courier are offered again, so that a
 * courier coming online picks up what waits.
 */
export default async function dispatchDeliveries(container: MedusaContainer) {
  const expired = await expireDueOffers(container)
  const offered = await dispatchPendingDeliveries(container)
  if (expired.length || offered.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Delivery dispatch: ${expired.length} offer(s) expired, ${offered.length} delivery(ies) offered.`)
  }
  return { expired, offered }
}

export const config = {
  name: "dispatch-deliveries",
  schedule: "* * * * *",
}

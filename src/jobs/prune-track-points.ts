import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { LIVE_TRACKING_MODULE } from "../modules/live-tracking"
import type LiveTrackingModuleService from "../modules/live-tracking/service"

/** Track points older than TRACK_RETENTION_DAYS are deleted, in batches, every night. */
export default async function pruneTrackPoints(container: MedusaContainer, now = new Date()) {
  const { retention_days } = container.resolve<LiveTrackingModuleService>(LIVE_TRACKING_MODULE).settings
  const before = new Date(now.getTime() - retention_days * 24 * 60 * 60 * 1000)
  const pruned = await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).pruneTrackPoints(before)
  if (pruned) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Pruned ${pruned} track points recorded before ${before.toISOString()}.`)
  }
  return { pruned, before }
}

export const config = { name: "prune-track-points", schedule: "17 3 * * *" }

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { GpsPoint } from "../track-estimate"

export type StoreTrackPointsStepInput = { delivery_id: string; courier_id: string; points: GpsPoint[] }

/** Stores the batch in one statement; points already stored (a retried upload) are skipped. */
export const storeTrackPointsStep = createStep(
  "store-track-points",
  async (input: StoreTrackPointsStepInput, { container }) => {
    const ids = await container
      .resolve<DeliveryModuleService>(DELIVERY_MODULE)
      .insertTrackPoints(
        input.delivery_id,
        input.courier_id,
        input.points.map((point) => ({ ...point, recorded_at: new Date(point.recorded_at) }))
      )
    return new StepResponse({ stored: ids.length }, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).removeTrackPoints(ids)
    }
  }
)

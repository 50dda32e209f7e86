import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

// Soft delete: deliveries priced in the zone keep pointing at it.
export const softDeleteDeliveryZoneStep = createStep(
  "soft-delete-delivery-zone",
  async (id: string, { container }) => {
    await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).softDeleteDeliveryZones(id)
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).restoreDeliveryZones(id)
    }
  }
)

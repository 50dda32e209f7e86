import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { tidyZoneLists, withZoneCenter, type DeliveryZoneInput } from "../zone-record"

export const createDeliveryZoneStep = createStep(
  "create-delivery-zone",
  async (input: DeliveryZoneInput, { container }) => {
    const delivery = container.resolve<DeliveryModuleService>(DELIVERY_MODULE)
    const zone = await delivery.createDeliveryZones(tidyZoneLists(withZoneCenter(input)) as any)
    return new StepResponse(zone, zone.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).deleteDeliveryZones(id)
    }
  }
)

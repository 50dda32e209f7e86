import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { tidyZoneLists, withZoneCenter, type DeliveryZoneUpdate } from "../zone-record"

const ZONE_FIELDS = [
  "name",
  "currency_code",
  "polygon",
  "center_latitude",
  "center_longitude",
  "base_fee",
  "fee_per_km",
  "max_distance_km",
  "active_hours",
  "timezone",
  "cities",
  "postal_codes",
  "is_active",
] as const

export const updateDeliveryZoneStep = createStep(
  "update-delivery-zone",
  async (input: { id: string; update: DeliveryZoneUpdate }, { container }) => {
    const delivery = container.resolve<DeliveryModuleService>(DELIVERY_MODULE)
    const previous = await delivery.retrieveDeliveryZone(input.id, { select: ["id", ...ZONE_FIELDS] })
    const zone = await delivery.updateDeliveryZones({ id: input.id, ...tidyZoneLists(withZoneCenter(input.update)) } as any)
    return new StepResponse(zone, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      const { raw_base_fee, raw_fee_per_km, ...values } = previous as any
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).updateDeliveryZones(values)
    }
  }
)

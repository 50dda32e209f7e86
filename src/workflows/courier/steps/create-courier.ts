import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURIER_MODULE } from "../../../modules/courier"
import type { CourierVehicleType } from "../../../modules/courier/models/courier"
import type CourierModuleService from "../../../modules/courier/service"

export type CreateCourierStepInput = {
  first_name: string
  last_name: string
  phone: string
  email?: string | null
  locale?: "en" | "ar"
  vehicle_type: CourierVehicleType
}

/** A pending, offline courier with the configured limit on concurrent deliveries. */
export const createCourierStep = createStep(
  "create-courier",
  async (input: CreateCourierStepInput, { container }) => {
    const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
    const courier = await couriers.createCouriers({
      ...input,
      status: "pending",
      availability: "offline",
      max_active_deliveries: couriers.defaultMaxActiveDeliveries(),
    })
    return new StepResponse(courier, courier.id)
  },
  async (courierId, { container }) => {
    if (!courierId) {
      return
    }
    await container.resolve<CourierModuleService>(COURIER_MODULE).deleteCouriers(courierId)
  }
)

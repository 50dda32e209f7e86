import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../../modules/courier"
import type { CourierAvailability } from "../../../modules/courier/models/courier"
import type CourierModuleService from "../../../modules/courier/service"
import { mayBeOnline, type CourierStatus } from "../../../modules/courier/status"

/** Only an active courier may go online; any courier may go offline. */
export const validateCourierAvailabilityStep = createStep(
  "validate-courier-availability",
  async (input: { courier_id: string; availability: CourierAvailability }, { container }) => {
    const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
    const courier = await couriers.retrieveCourier(input.courier_id, { select: ["id", "status"] })
    if (input.availability === "online" && !mayBeOnline(courier.status as CourierStatus)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A courier that is ${courier.status} cannot go online; only an active courier can.`
      )
    }
    return new StepResponse(courier)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../../modules/courier"
import type CourierModuleService from "../../../modules/courier/service"
import { nextCourierStatus, type CourierAction, type CourierStatus } from "../../../modules/courier/status"

/** Answers the courier's current and next status, or a 409 when the action is not allowed now. */
export const validateCourierTransitionStep = createStep(
  "validate-courier-transition",
  async (input: { courier_id: string; action: CourierAction }, { container }) => {
    const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
    const [courier] = await couriers.listCouriers({ id: input.courier_id }, { select: ["id", "status"], take: 1 })
    if (!courier) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Courier with id: ${input.courier_id} was not found`)
    }
    const from = courier.status as CourierStatus
    return new StepResponse({ from, to: nextCourierStatus(from, input.action) })
  }
)

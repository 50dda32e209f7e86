import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURIER_MODULE } from "../../../modules/courier"
import type CourierModuleService from "../../../modules/courier/service"

export type UpdateCourierStepInput = { id: string; update: Record<string, unknown> }

export const updateCourierStep = createStep(
  "update-courier",
  async ({ id, update }: UpdateCourierStepInput, { container }) => {
    const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
    const fields = Object.keys(update)
    const previous = await couriers.retrieveCourier(id, { select: ["id", ...fields] })
    const courier = await couriers.updateCouriers({ id, ...update })
    return new StepResponse(courier, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<CourierModuleService>(COURIER_MODULE).updateCouriers(previous as any)
  }
)

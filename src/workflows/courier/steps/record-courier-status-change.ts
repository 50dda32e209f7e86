import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURIER_MODULE } from "../../../modules/courier"
import type CourierModuleService from "../../../modules/courier/service"
import type { CourierAction } from "../../../modules/courier/status"

export type RecordCourierStatusChangeInput = {
  courier_id: string
  action: CourierAction
  from_status: string
  to_status: string
  reason: string | null
  actor_type: string
  actor_id: string
}

export const recordCourierStatusChangeStep = createStep(
  "record-courier-status-change",
  async (input: RecordCourierStatusChangeInput, { container }) => {
    const couriers = container.resolve<CourierModuleService>(COURIER_MODULE)
    const change = await couriers.createCourierStatusChanges(input)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<CourierModuleService>(COURIER_MODULE).deleteCourierStatusChanges(id)
  }
)

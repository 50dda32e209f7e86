import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const markDeliveryCashCollectedStepId = "mark-delivery-cash-collected"

/** Stamps when the courier reported the delivery's cash; undone by clearing the stamp. */
export const markDeliveryCashCollectedStep = createStep(
  markDeliveryCashCollectedStepId,
  async (input: { delivery_id: string }, { container }) => {
    const delivery = await container
      .resolve<DeliveryModuleService>(DELIVERY_MODULE)
      .updateDeliveries({ id: input.delivery_id, cash_collected_at: new Date() })
    return new StepResponse(delivery, input.delivery_id)
  },
  async (deliveryId, { container }) => {
    if (deliveryId) {
      await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).updateDeliveries({ id: deliveryId, cash_collected_at: null })
    }
  }
)

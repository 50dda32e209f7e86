import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type { DeliveryStatus } from "../../../modules/delivery/models/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const validateDeliveryCashReportStepId = "validate-delivery-cash-report"

// The cash is handed over at the door: after pickup, and until just after the code is given.
export const CASH_REPORTABLE_STATUSES: DeliveryStatus[] = ["picked_up", "delivered"]

/**
 * Checks that a courier may report the cash of a delivery now: it is the
 * courier's own delivery (404, as for a delivery that does not exist), the
 * order is paid on delivery, the courier has picked it up and its cash was not
 * reported yet (409 otherwise). Writes nothing; run under the delivery's lock.
 */
export const validateDeliveryCashReportStep = createStep(
  validateDeliveryCashReportStepId,
  async (input: { delivery_id: string; courier_id: string }, { container }) => {
    const [delivery] = await container
      .resolve<DeliveryModuleService>(DELIVERY_MODULE)
      .listDeliveries(
        { id: input.delivery_id, courier_id: input.courier_id },
        { select: ["id", "order_id", "status", "currency_code", "cash_due", "cash_collected_at"], take: 1 }
      )
    if (!delivery) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${input.delivery_id} was not found`)
    }
    if (delivery.cash_due === null || delivery.cash_due === undefined) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Delivery ${delivery.id} is not cash on delivery; there is no cash to collect.`)
    }
    if (delivery.cash_collected_at) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The cash of delivery ${delivery.id} was already reported, at ${new Date(delivery.cash_collected_at).toISOString()}.`
      )
    }
    if (!CASH_REPORTABLE_STATUSES.includes(delivery.status as DeliveryStatus)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Delivery ${delivery.id} is ${delivery.status.replace(/_/g, " ")}; cash is reported once the order is picked up.`
      )
    }
    return new StepResponse({ id: delivery.id, order_id: delivery.order_id, currency_code: delivery.currency_code })
  }
)

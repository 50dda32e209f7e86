import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_CENTER_MODULE } from "../../../modules/notification-center"
import type NotificationCenterModuleService from "../../../modules/notification-center/service"
import { attemptDelivery } from "../delivery-attempt"

const BATCH_SIZE = 100

export const retryDueDeliveriesStepId = "retry-due-deliveries"

/** Tries again the deliveries whose backoff has passed; each outcome is recorded on the delivery. */
export const retryDueDeliveriesStep = createStep(retryDueDeliveriesStepId, async (_input: void, { container }) => {
  const service = container.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
  const due = await service.listNotificationDeliveries(
    { status: "retrying", next_attempt_at: { $lte: new Date() } },
    { take: BATCH_SIZE, order: { next_attempt_at: "ASC" } }
  )
  for (const delivery of due) {
    await attemptDelivery(container, delivery as any)
  }
  return new StepResponse(due.length)
})

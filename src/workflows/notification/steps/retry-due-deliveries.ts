import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_CENTER_MODULE } from "../../../modules/notification-center"
import type NotificationCenterModuleService from "../../../modules/notification-center/service"
import { attemptDelivery } from "../delivery-attempt"

const BATCH_SIZE = 100
// Longer than a batch of sends takes; a run that dies leaves its deliveries to the run after this.
const LEASE_SECONDS = 300

export const retryDueDeliveriesStepId = "retry-due-deliveries"

/** Tries again the deliveries whose backoff has passed; each outcome is recorded on the delivery. */
export const retryDueDeliveriesStep = createStep(retryDueDeliveriesStepId, async (_input: void, { container }) => {
  const service = container.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
  const claimed = await service.claimDueDeliveries(BATCH_SIZE, LEASE_SECONDS)
  const due = claimed.length ? await service.listNotificationDeliveries({ id: claimed }) : []
  for (const delivery of due) {
    await attemptDelivery(container, delivery as any)
  }
  return new StepResponse(due.length)
})

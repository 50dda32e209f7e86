import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_CENTER_MODULE } from "../../../modules/notification-center"
import type { Category } from "../../../modules/notification-center/constants"
import type NotificationCenterModuleService from "../../../modules/notification-center/service"
import type { NotificationEvent } from "../../../modules/notification-center/templates"
import { attemptDelivery } from "../delivery-attempt"
import type { ResolvedRecipient } from "./resolve-notification-recipients"

export type SendNotificationDeliveriesStepInput = {
  event: NotificationEvent
  category: Category
  data: Record<string, unknown>
  recipients: ResolvedRecipient[]
}

export const sendNotificationDeliveriesStepId = "send-notification-deliveries"

/**
 * Records one delivery per recipient, channel and address allowed by the
 * recipient's preferences, then tries each once; the retry job does the rest.
 */
export const sendNotificationDeliveriesStep = createStep(
  sendNotificationDeliveriesStepId,
  async (input: SendNotificationDeliveriesStepInput, { container }) => {
    const service = container.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
    const channels = service.externalChannels
    const planned: any[] = []
    for (const recipient of input.recipients) {
      const preferences = await service.retrievePreferenceMatrix(recipient)
      const allowed = (channel: "sms" | "email" | "push") =>
        channels.includes(channel) && preferences[channel][input.category]
      const addresses: { channel: string; to: string }[] = []
      if (allowed("email") && recipient.email) {
        addresses.push({ channel: "email", to: recipient.email })
      }
      if (allowed("sms") && recipient.phone) {
        addresses.push({ channel: "sms", to: recipient.phone })
      }
      if (allowed("push")) {
        const devices = await service.listPushDevices(
          { recipient_type: recipient.recipient_type, recipient_id: recipient.recipient_id },
          { select: ["token"] }
        )
        addresses.push(...devices.map((device) => ({ channel: "push", to: device.token })))
      }
      for (const address of addresses) {
        planned.push({
          recipient_type: recipient.recipient_type,
          recipient_id: recipient.recipient_id,
          ...address,
          event: input.event,
          category: input.category,
          locale: recipient.locale,
          data: input.data,
          status: "pending",
          attempts: 0,
        })
      }
    }
    const deliveries = planned.length ? await service.createNotificationDeliveries(planned) : []
    for (const delivery of deliveries) {
      await attemptDelivery(container, delivery as any)
    }
    return new StepResponse(
      deliveries.map((delivery) => delivery.id),
      deliveries.map((delivery) => delivery.id)
    )
  },
  // Sent messages cannot be recalled; a rollback only drops the records so nothing retries them.
  async (deliveryIds, { container }) => {
    if (deliveryIds?.length) {
      await container
        .resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
        .deleteNotificationDeliveries(deliveryIds)
    }
  }
)

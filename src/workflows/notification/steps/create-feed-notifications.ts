import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_CENTER_MODULE } from "../../../modules/notification-center"
import type { Category } from "../../../modules/notification-center/constants"
import type NotificationCenterModuleService from "../../../modules/notification-center/service"
import { renderNotification, type NotificationEvent } from "../../../modules/notification-center/templates"
import type { ResolvedRecipient } from "./resolve-notification-recipients"

export type CreateFeedNotificationsStepInput = {
  event: NotificationEvent
  category: Category
  data: Record<string, unknown>
  resource?: { type: string; id: string }
  recipients: ResolvedRecipient[]
}

export const createFeedNotificationsStepId = "create-feed-notifications"

/** One feed entry per recipient whose feed is on for the category; admins use Medusa's own feed. */
export const createFeedNotificationsStep = createStep(
  createFeedNotificationsStepId,
  async (input: CreateFeedNotificationsStepInput, { container }) => {
    const service = container.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
    const entries: any[] = []
    for (const recipient of input.recipients) {
      if (recipient.recipient_type === "user") {
        continue
      }
      const preferences = await service.retrievePreferenceMatrix(recipient)
      if (!preferences.feed[input.category]) {
        continue
      }
      const message = renderNotification(input.event, recipient.locale, input.data)
      entries.push({
        recipient_type: recipient.recipient_type,
        recipient_id: recipient.recipient_id,
        category: input.category,
        event: input.event,
        title: message.title,
        body: message.body,
        data: input.data,
        resource_type: input.resource?.type ?? null,
        resource_id: input.resource?.id ?? null,
      })
    }
    const created = entries.length ? await service.createFeedNotifications(entries) : []
    return new StepResponse(created, created.map((entry) => entry.id))
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) {
      await container.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE).deleteFeedNotifications(createdIds)
    }
  }
)

import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderNotification, type NotificationEvent } from "../../../modules/notification-center/templates"
import type { ResolvedRecipient } from "./resolve-notification-recipients"

export const createAdminFeedNotificationsStepId = "create-admin-feed-notifications"

/** Admins read their feed in Medusa's dashboard, which lists `feed` notifications with the `admin-ui` template. */
export const createAdminFeedNotificationsStep = createStep(
  createAdminFeedNotificationsStepId,
  async (
    input: { event: NotificationEvent; data: Record<string, unknown>; resource?: { type: string; id: string }; recipients: ResolvedRecipient[] },
    { container }
  ) => {
    const admins = input.recipients.filter((recipient) => recipient.recipient_type === "user")
    if (!admins.length) {
      return new StepResponse([])
    }
    const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
    const created = await notifications.createNotifications(
      admins.map((admin) => {
        const message = renderNotification(input.event, admin.locale, input.data)
        return {
          to: admin.recipient_id,
          receiver_id: admin.recipient_id,
          channel: "feed",
          template: "admin-ui",
          trigger_type: input.event,
          resource_type: input.resource?.type,
          resource_id: input.resource?.id,
          data: { title: message.title, description: message.body },
        }
      })
    )
    return new StepResponse(created.map((notification) => notification.id))
  }
)

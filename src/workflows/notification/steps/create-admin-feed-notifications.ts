import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderNotification, type NotificationEvent } from "../../../modules/notification-center/templates"
import type { ResolvedRecipient } from "./resolve-notification-recipients"

export const createAdminFeedNotificationsStepId = "create-admin-feed-notifications"

/** The dashboard pages a notice can be about, under the admin path. */
const ADMIN_PAGES: Record<string, string> = {
  vendor: "vendors",
  order: "orders",
  product: "products",
  customer: "customers",
}

/**
 * The dashboard page of a notice's resource, e.g. "/app/vendors/ven_1", or
 * null for a resource with no page. Medusa 2.21's notifications drawer shows
 * `data.title`, `data.description` and a `data.file` download button, and no
 * link: the path goes on the description's last line, and in `data.url` for
 * other readers of `GET /admin/notifications`.
 */
export function adminPageOf(adminPath: string, resource?: { type: string; id: string }): string | null {
  const section = resource ? ADMIN_PAGES[resource.type] : undefined
  if (!resource || !section) {
    return null
  }
  return `${adminPath.replace(/\/+$/, "")}/${section}/${encodeURIComponent(resource.id)}`
}

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
    const page = adminPageOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin.path, input.resource)
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
          data: page
            ? { title: message.title, description: `${message.body}\n${page}`, url: page }
            : { title: message.title, description: message.body },
        }
      })
    )
    return new StepResponse(created.map((notification) => notification.id))
  }
)

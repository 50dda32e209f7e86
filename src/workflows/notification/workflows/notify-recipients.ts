import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Category } from "../../../modules/notification-center/constants"
import type { NotificationEvent } from "../../../modules/notification-center/templates"
import { createAdminFeedNotificationsStep } from "../steps/create-admin-feed-notifications"
import { createFeedNotificationsStep } from "../steps/create-feed-notifications"
import { resolveNotificationRecipientsStep, type RecipientReferences } from "../steps/resolve-notification-recipients"
import { sendNotificationDeliveriesStep } from "../steps/send-notification-deliveries"

export type NotifyRecipientsWorkflowInput = {
  event: NotificationEvent
  category: Category
  /** The template's data: what the event said, plus what a subscriber looked up. */
  data: Record<string, unknown>
  resource?: { type: string; id: string }
  recipients: RecipientReferences
}

export const notifyRecipientsWorkflowId = "notify-recipients"

/**
 * Tells recipients of an event on every channel their preferences allow: the
 * in-app feed, then email, SMS and push, each recorded as a delivery.
 */
export const notifyRecipientsWorkflow = createWorkflow(notifyRecipientsWorkflowId, (input: NotifyRecipientsWorkflowInput) => {
  const recipients = resolveNotificationRecipientsStep(input.recipients)
  const feed = createFeedNotificationsStep({
    event: input.event,
    category: input.category,
    data: input.data,
    resource: input.resource,
    recipients,
  })
  createAdminFeedNotificationsStep({ event: input.event, data: input.data, resource: input.resource, recipients })
  const deliveries = sendNotificationDeliveriesStep({
    event: input.event,
    category: input.category,
    data: input.data,
    recipients,
  })
  return new WorkflowResponse({ feed, deliveries })
})

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DaraaEvents, type DaraaEventPayload } from "../events"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/** Platform admins hear, in their feed, when one IP trips several security limits in a window. */
export default async function securityAlertNotification({ event, container }: SubscriberArgs<DaraaEventPayload<typeof DaraaEvents.SECURITY_ALERT>>) {
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "security-alert",
      category: "account",
      data: { ...event.data },
      resource: { type: "security_event_ip", id: event.data.ip },
      recipients: { admins: true },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.SECURITY_ALERT }

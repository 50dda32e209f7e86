import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { NOTIFICATION_CENTER_MODULE } from "../../modules/notification-center"
import type { Locale } from "../../modules/notification-center/constants"
import type NotificationCenterModuleService from "../../modules/notification-center/service"
import {
  isNotificationEvent,
  renderEmailHtml,
  renderNotification,
} from "../../modules/notification-center/templates"
import { INVALID_PUSH_TOKEN_MARKER } from "../../modules/push-firebase/service"

export const MAX_DELIVERY_ATTEMPTS = 5
const FIRST_RETRY_DELAY_SECONDS = 30

type DeliveryRecord = {
  id: string
  channel: string
  to: string
  event: string
  locale: string
  data: Record<string, unknown> | null
  attempts: number
  recipient_id: string
}

/** Seconds before the next try: 30 s, 1 min, 2 min, 4 min… */
export function retryDelaySeconds(attemptsSoFar: number): number {
  return FIRST_RETRY_DELAY_SECONDS * 2 ** Math.max(0, attemptsSoFar - 1)
}

/**
 * Hands one delivery to Medusa's notification module and records the outcome.
 * It never throws: a failing provider leaves the delivery `retrying` (or
 * `failed` after the last attempt), and a token Firebase rejects is pruned.
 */
export async function attemptDelivery(container: MedusaContainer, delivery: DeliveryRecord): Promise<void> {
  const center = container.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
  const notifications = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const attempts = delivery.attempts + 1

  let sentId: string
  try {
    if (!isNotificationEvent(delivery.event)) {
      throw new Error(`No template for ${delivery.event}`)
    }
    const locale = delivery.locale as Locale
    const message = renderNotification(delivery.event, locale, delivery.data ?? {})
    const sent = await notifications.createNotifications({
      to: delivery.to,
      channel: delivery.channel,
      template: delivery.event,
      trigger_type: delivery.event,
      receiver_id: delivery.recipient_id,
      content: {
        subject: message.title,
        text: message.body,
        ...(delivery.channel === "email" ? { html: renderEmailHtml(message, locale) } : {}),
      },
      data: { event: delivery.event },
    })
    sentId = sent.id
  } catch (error) {
    const message = (error as Error)?.message ?? String(error)
    logger.warn(`notification: ${delivery.channel} delivery ${delivery.id} failed (attempt ${attempts}): ${message}`)
    await record(logger, delivery, () => recordFailure(center, delivery, attempts, message))
    return
  }
  // The message is out: only the record is left, and a failure to write it must not make it look unsent.
  await record(logger, delivery, () =>
    center.updateNotificationDeliveries({
      id: delivery.id,
      status: "sent",
      attempts,
      last_error: null,
      next_attempt_at: null,
      notification_id: sentId,
    })
  )
}

async function recordFailure(center: NotificationCenterModuleService, delivery: DeliveryRecord, attempts: number, message: string) {
  if (delivery.channel === "push" && message.includes(INVALID_PUSH_TOKEN_MARKER)) {
    const devices = await center.listPushDevices({ token: delivery.to }, { select: ["id"] })
    if (devices.length) {
      await center.deletePushDevices(devices.map((device) => device.id))
    }
    await center.updateNotificationDeliveries({ id: delivery.id, status: "failed", attempts, last_error: message, next_attempt_at: null })
    return
  }
  const giveUp = attempts >= MAX_DELIVERY_ATTEMPTS
  await center.updateNotificationDeliveries({
    id: delivery.id,
    status: giveUp ? "failed" : "retrying",
    attempts,
    last_error: message.slice(0, 2000),
    next_attempt_at: giveUp ? null : new Date(Date.now() + retryDelaySeconds(attempts) * 1000),
  })
}

/** Writing the outcome is logged when it fails, never thrown: a delivery never fails the workflow that sends it. */
async function record(logger: { error: (message: string) => void }, delivery: DeliveryRecord, write: () => Promise<unknown>) {
  try {
    await write()
  } catch (error) {
    logger.error(`notification: could not record the outcome of delivery ${delivery.id}: ${(error as Error)?.message ?? error}`)
  }
}

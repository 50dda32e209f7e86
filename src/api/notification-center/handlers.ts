import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { NOTIFICATION_CENTER_MODULE } from "../../modules/notification-center"
import type { RecipientType } from "../../modules/notification-center/constants"
import type NotificationCenterModuleService from "../../modules/notification-center/service"
import type { Recipient } from "../../modules/notification-center/service"
import { listOrder } from "../order-list-params"
import {
  FEED_FIELDS,
  type ListFeedNotificationsParamsType,
  type RegisterPushDeviceType,
  type UnregisterPushDeviceType,
  type UpdateNotificationPreferencesType,
} from "./validators"


function notificationCenter(req: AuthenticatedMedusaRequest<any, any>) {
  return req.scope.resolve<NotificationCenterModuleService>(NOTIFICATION_CENTER_MODULE)
}

/** The recipient is always the authenticated actor; nothing in the request can name another. */
function recipientOf(req: AuthenticatedMedusaRequest<any, any>, actor: RecipientType): Recipient {
  const actorId = req.auth_context?.actor_id
  if (!actorId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return { recipient_type: actor, recipient_id: actorId }
}

/** The handlers of one actor's notification routes; /store, /vendor and /courier differ only by actor. */
export function notificationCenterHandlers(actor: RecipientType) {
  return {
    async listFeed(req: AuthenticatedMedusaRequest<unknown, ListFeedNotificationsParamsType>, res: MedusaResponse) {
      const recipient = recipientOf(req, actor)
      const service = notificationCenter(req)
      const { skip, take } = req.queryConfig.pagination
      const filters = {
        ...recipient,
        ...(req.validatedQuery.unread === true ? { read_at: null } : {}),
        ...(req.validatedQuery.unread === false ? { read_at: { $ne: null } } : {}),
      }
      const [notifications, count] = await service.listAndCountFeedNotifications(filters, {
        select: req.queryConfig.fields,
        skip,
        take,
        order: listOrder(req.validatedQuery.order!),
      })
      const unread_count = await service.countUnread(recipient)
      res.json({ notifications, count, offset: skip, limit: take, unread_count })
    },

    async markRead(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
      const recipient = recipientOf(req, actor)
      const service = notificationCenter(req)
      // Another recipient's id answers 404, exactly as an unknown one.
      const [existing] = await service.listFeedNotifications({ id: req.params.id, ...recipient }, { select: ["id", "read_at"] })
      if (!existing) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification with id: ${req.params.id} was not found`)
      }
      if (!existing.read_at) {
        await service.updateFeedNotifications({ id: existing.id, read_at: new Date() })
      }
      const notification = await service.retrieveFeedNotification(existing.id, { select: [...FEED_FIELDS] })
      res.json({ notification, unread_count: await service.countUnread(recipient) })
    },

    async markAllRead(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
      const recipient = recipientOf(req, actor)
      const service = notificationCenter(req)
      const updated = await service.markAllRead(recipient)
      res.json({ updated, unread_count: 0 })
    },

    async getPreferences(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
      const notification_preferences = await notificationCenter(req).retrievePreferenceMatrix(recipientOf(req, actor))
      res.json({ notification_preferences })
    },

    async updatePreferences(req: AuthenticatedMedusaRequest<UpdateNotificationPreferencesType>, res: MedusaResponse) {
      const recipient = recipientOf(req, actor)
      const service = notificationCenter(req)
      await service.setPreferences(recipient, req.validatedBody.preferences)
      res.json({ notification_preferences: await service.retrievePreferenceMatrix(recipient) })
    },

    async registerDevice(req: AuthenticatedMedusaRequest<RegisterPushDeviceType>, res: MedusaResponse) {
      const recipient = recipientOf(req, actor)
      const saved = await notificationCenter(req).registerPushDevice({ ...recipient, ...req.validatedBody })
      const device = await notificationCenter(req).retrievePushDevice(saved.id, {
        select: ["id", "token", "platform", "created_at", "updated_at"],
      })
      res.status(200).json({ device })
    },

    async unregisterDevice(req: AuthenticatedMedusaRequest<UnregisterPushDeviceType>, res: MedusaResponse) {
      const recipient = recipientOf(req, actor)
      const service = notificationCenter(req)
      const [device] = await service.listPushDevices({ token: req.validatedBody.token, ...recipient }, { select: ["id"] })
      if (!device) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, "No device with this token is registered for you")
      }
      await service.deletePushDevices(device.id)
      res.json({ id: device.id, object: "push_device", deleted: true })
    },
  }
}

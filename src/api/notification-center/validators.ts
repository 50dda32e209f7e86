import { z } from "@medusajs/framework/zod"
import { CATEGORIES, CHANNELS, DEVICE_PLATFORMS } from "../../modules/notification-center/constants"
import { listQueryParams, type ListShape } from "../list-query"

/** What a feed entry shows. */
export const FEED_FIELDS = ["id", "category", "event", "title", "body", "data", "resource_type", "resource_id", "read_at", "created_at"]

export const feedList: ListShape = {
  fields: FEED_FIELDS,
  order: ["created_at", "read_at"],
  defaultOrder: "-created_at",
}

export const ListFeedNotificationsParams = listQueryParams(feedList)
  .extend({ unread: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional() })
  .strict()
export type ListFeedNotificationsParamsType = z.infer<typeof ListFeedNotificationsParams>

export const UpdateNotificationPreferences = z
  .object({
    preferences: z
      .array(
        z
          .object({
            channel: z.enum(CHANNELS),
            category: z.enum(CATEGORIES),
            enabled: z.boolean(),
          })
          .strict()
      )
      .min(1),
  })
  .strict()
export type UpdateNotificationPreferencesType = z.infer<typeof UpdateNotificationPreferences>

export const RegisterPushDevice = z
  .object({
    token: z.string().min(1).max(4096),
    platform: z.enum(DEVICE_PLATFORMS),
  })
  .strict()
export type RegisterPushDeviceType = z.infer<typeof RegisterPushDevice>

export const UnregisterPushDevice = z.object({ token: z.string().min(1).max(4096) }).strict()
export type UnregisterPushDeviceType = z.infer<typeof UnregisterPushDevice>

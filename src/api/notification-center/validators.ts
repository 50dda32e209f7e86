import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CATEGORIES, CHANNELS, DEVICE_PLATFORMS } from "../../modules/notification-center/constants"

export const ListFeedNotificationsParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ unread: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional() })
)
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

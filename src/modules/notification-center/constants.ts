export const RECIPIENT_TYPES = ["customer", "vendor", "courier", "user"] as const
export type RecipientType = (typeof RECIPIENT_TYPES)[number]

/** Channels a recipient can switch on and off; `feed` is the in-app list. */
export const CHANNELS = ["sms", "email", "push", "feed"] as const
export type Channel = (typeof CHANNELS)[number]

export const CATEGORIES = ["orders", "delivery", "marketing", "account"] as const
export type Category = (typeof CATEGORIES)[number]

/** What a recipient gets before choosing: everything but marketing. */
export function enabledByDefault(category: Category): boolean {
  return category !== "marketing"
}

export const DEVICE_PLATFORMS = ["ios", "android", "web"] as const

export const DELIVERY_STATUSES = ["pending", "sent", "retrying", "failed"] as const

export const LOCALES = ["en", "ar"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "en"

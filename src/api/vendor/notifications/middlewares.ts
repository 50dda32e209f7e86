import { notificationCenterMiddlewares } from "../../notification-center/middlewares"

/** Vendor members' feed, preferences and push devices (also /vendor/notification-preferences and /vendor/devices). */
export const vendorNotificationMiddlewares = notificationCenterMiddlewares("/vendor", "vendor", ["bearer"])

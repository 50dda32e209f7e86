import { notificationCenterMiddlewares } from "../../notification-center/middlewares"

/** Customers' feed, preferences and push devices (also /store/notification-preferences and /store/devices). */
export const storeNotificationMiddlewares = notificationCenterMiddlewares("/store", "customer", ["session", "bearer"])

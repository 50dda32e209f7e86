import { notificationCenterMiddlewares } from "../../notification-center/middlewares"

/** Couriers' feed, preferences and push devices (also /courier/notification-preferences and /courier/devices). */
export const courierNotificationMiddlewares = notificationCenterMiddlewares("/courier", "courier", ["bearer"])

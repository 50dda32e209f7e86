import { notificationCenterHandlers } from "../../notification-center/handlers"

const handlers = notificationCenterHandlers("courier")
export const POST = handlers.registerDevice
export const DELETE = handlers.unregisterDevice

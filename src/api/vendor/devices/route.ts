import { notificationCenterHandlers } from "../../notification-center/handlers"

const handlers = notificationCenterHandlers("vendor")
export const POST = handlers.registerDevice
export const DELETE = handlers.unregisterDevice

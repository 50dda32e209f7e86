import { notificationCenterHandlers } from "../../../notification-center/handlers"

export const POST = notificationCenterHandlers("courier").markAllRead

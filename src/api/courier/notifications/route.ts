import { notificationCenterHandlers } from "../../notification-center/handlers"

export const GET = notificationCenterHandlers("courier").listFeed

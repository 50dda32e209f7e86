import { notificationCenterHandlers } from "../../notification-center/handlers"

export const GET = notificationCenterHandlers("customer").listFeed

import { notificationCenterHandlers } from "../../notification-center/handlers"

const handlers = notificationCenterHandlers("courier")
export const GET = handlers.getPreferences
export const POST = handlers.updatePreferences

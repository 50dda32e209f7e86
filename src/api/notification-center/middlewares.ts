import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { RecipientType } from "../../modules/notification-center/constants"
import { listQueryConfig } from "../list-query"
import {
  FEED_FIELDS,
  feedList,
  ListFeedNotificationsParams,
  RegisterPushDevice,
  UnregisterPushDevice,
  UpdateNotificationPreferences,
} from "./validators"

type AuthType = "bearer" | "session"

/** The feed, preferences and devices routes of one actor under its prefix. */
export function notificationCenterMiddlewares(prefix: string, actor: RecipientType, authTypes: AuthType[]): MiddlewareRoute[] {
  const signedIn = authenticate(actor, authTypes)
  return [
    {
      method: ["GET"],
      matcher: `${prefix}/notifications`,
      middlewares: [signedIn, validateAndTransformQuery(ListFeedNotificationsParams, listQueryConfig(FEED_FIELDS, feedList))],
    },
    { method: ["POST"], matcher: `${prefix}/notifications/read-all`, middlewares: [signedIn] },
    { method: ["POST"], matcher: `${prefix}/notifications/:id/read`, middlewares: [signedIn] },
    { method: ["GET"], matcher: `${prefix}/notification-preferences`, middlewares: [signedIn] },
    {
      method: ["POST"],
      matcher: `${prefix}/notification-preferences`,
      middlewares: [signedIn, validateAndTransformBody(UpdateNotificationPreferences)],
    },
    { method: ["POST"], matcher: `${prefix}/devices`, middlewares: [signedIn, validateAndTransformBody(RegisterPushDevice)] },
    { method: ["DELETE"], matcher: `${prefix}/devices`, middlewares: [signedIn, validateAndTransformBody(UnregisterPushDevice)] },
  ]
}

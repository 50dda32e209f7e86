import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetPayeePayoutsParams, payeePayoutsQueryConfig, RequestEarlyPayout, SetPayoutAccount } from "../../payout-params"
import { courierActor } from "../resolve-courier-actor"

export const courierPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/courier/payout-account", middlewares: [...courierActor] },
  { method: ["POST"], matcher: "/courier/payout-account", middlewares: [...courierActor, validateAndTransformBody(SetPayoutAccount)] },
  {
    method: ["GET"],
    matcher: "/courier/payouts",
    middlewares: [...courierActor, validateAndTransformQuery(GetPayeePayoutsParams as any, payeePayoutsQueryConfig)],
  },
  { method: ["POST"], matcher: "/courier/payouts", middlewares: [...courierActor, validateAndTransformBody(RequestEarlyPayout)] },
  { method: ["GET"], matcher: "/courier/payouts/:id", middlewares: [...courierActor] },
]

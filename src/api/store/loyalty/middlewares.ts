import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import { StoreApplyLoyaltyPoints, StoreClaimReferral, StoreGetLoyaltyHistoryParams, storeLoyaltyHistoryQueryConfig } from "./validators"

const MAX_DEVICE_ID = 200

/**
 * Remembers the device a signed-in customer uses the loyalty routes from
 * (`x-device-id`, as the mobile apps send it), so that a referral between two
 * accounts on one device is refused.
 */
async function recordLoyaltyDevice(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const deviceId = req.get("x-device-id")?.trim()
  if (deviceId && deviceId.length <= MAX_DEVICE_ID && req.auth_context?.actor_id) {
    await req.scope.resolve<LoyaltyModuleService>(LOYALTY_MODULE).recordDevice(req.auth_context.actor_id, deviceId)
  }
  next()
}

// A customer sees and spends their own points only: the routes take no customer id.
export const storeLoyaltyMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "POST"], matcher: "/store/loyalty*", middlewares: [authenticate("customer", ["session", "bearer"]), recordLoyaltyDevice] },
  {
    method: ["GET"],
    matcher: "/store/loyalty",
    middlewares: [validateAndTransformQuery(StoreGetLoyaltyHistoryParams as any, storeLoyaltyHistoryQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/loyalty/history",
    middlewares: [validateAndTransformQuery(StoreGetLoyaltyHistoryParams as any, storeLoyaltyHistoryQueryConfig)],
  },
  { method: ["POST"], matcher: "/store/loyalty/referral/claim", middlewares: [validateAndTransformBody(StoreClaimReferral)] },
  {
    method: ["POST", "DELETE"],
    matcher: "/store/carts/:id/loyalty-points",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  { method: ["POST"], matcher: "/store/carts/:id/loyalty-points", middlewares: [validateAndTransformBody(StoreApplyLoyaltyPoints)] },
]

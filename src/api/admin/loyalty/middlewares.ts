import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateLoyaltyTier,
  AdminCreatePointsAdjustment,
  AdminGetLoyaltyTiersParams,
  adminLoyaltyTiersQueryConfig,
  AdminGetCustomerLoyaltyParams,
  AdminUpdateLoyaltySettings,
  AdminUpdateLoyaltyTier,
  adminCustomerLoyaltyQueryConfig,
} from "./validators"

// /admin routes are authenticated by Medusa itself; writes are held to the role table (finance for settings and tiers).
export const adminLoyaltyMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/loyalty/settings", middlewares: [validateAndTransformBody(AdminUpdateLoyaltySettings as any)] },
  {
    method: ["GET"],
    matcher: "/admin/loyalty/tiers",
    middlewares: [validateAndTransformQuery(AdminGetLoyaltyTiersParams as any, adminLoyaltyTiersQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/loyalty/tiers", middlewares: [validateAndTransformBody(AdminCreateLoyaltyTier)] },
  { method: ["POST"], matcher: "/admin/loyalty/tiers/:id", middlewares: [validateAndTransformBody(AdminUpdateLoyaltyTier as any)] },
  {
    method: ["GET"],
    matcher: "/admin/customers/:id/loyalty",
    middlewares: [validateAndTransformQuery(AdminGetCustomerLoyaltyParams as any, adminCustomerLoyaltyQueryConfig)],
  },
  { method: ["POST"], matcher: "/admin/customers/:id/loyalty-adjustments", middlewares: [validateAndTransformBody(AdminCreatePointsAdjustment)] },
]

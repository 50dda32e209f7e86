import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { ADMIN_WALLET_LIST, adminWalletFields } from "./query-config"
import { AdminCreateWalletAdjustment, AdminGetWalletsParams } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminWalletMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/wallets",
    middlewares: [
      validateAndTransformQuery(AdminGetWalletsParams as any, listQueryConfig(adminWalletFields, ADMIN_WALLET_LIST)),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/wallets/:id/adjustments",
    middlewares: [validateAndTransformBody(AdminCreateWalletAdjustment)],
  },
]

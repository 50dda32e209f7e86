import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetWalletParams, GetWalletTransactionsParams, walletTransactionsQueryConfig } from "../../wallet-params"

// A customer reads their own wallet only: the routes take no owner id.
export const storeWalletMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/wallet*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { method: ["GET"], matcher: "/store/wallet", middlewares: [validateAndTransformQuery(GetWalletParams as any, {})] },
  {
    method: ["GET"],
    matcher: "/store/wallet/transactions",
    middlewares: [
      validateAndTransformQuery(GetWalletTransactionsParams as any, walletTransactionsQueryConfig),
    ],
  },
]

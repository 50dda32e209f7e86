import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetWalletParams, GetWalletTransactionsParams, walletTransactionsQueryConfig } from "../../wallet-params"
import { refuseWalletPaidTopUps } from "./refuse-wallet-paid-top-ups"
import { StoreCreateTopUp, StoreGetTopUpsParams, storeTopUpsQueryConfig } from "./validators"

// A customer reads their own wallet only: the routes take no owner id.
export const storeWalletMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "POST"], matcher: "/store/wallet*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  { method: ["POST"], matcher: "/store/wallet/top-ups", middlewares: [validateAndTransformBody(StoreCreateTopUp)] },
  {
    method: ["GET"],
    matcher: "/store/wallet/top-ups",
    middlewares: [validateAndTransformQuery(StoreGetTopUpsParams as any, storeTopUpsQueryConfig)],
  },
  // A top-up's payment collection is paid on a card rail, never from the wallet itself or in cash.
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [refuseWalletPaidTopUps] },
  { method: ["GET"], matcher: "/store/wallet", middlewares: [validateAndTransformQuery(GetWalletParams as any, {})] },
  {
    method: ["GET"],
    matcher: "/store/wallet/transactions",
    middlewares: [
      validateAndTransformQuery(GetWalletTransactionsParams as any, walletTransactionsQueryConfig),
    ],
  },
]

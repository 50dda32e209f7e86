import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CashCollected, GetWalletParams, GetWalletTransactionsParams, walletTransactionsQueryConfig } from "../../wallet-params"
import { ensureOwnDelivery } from "../own-delivery"
import { courierActor } from "../resolve-courier-actor"

/** The courier's money: its wallet, and the cash it collects at the door. The token is checked for all of /courier. */
export const courierWalletMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/courier/wallet", middlewares: [...courierActor, validateAndTransformQuery(GetWalletParams as any, {})] },
  {
    method: ["GET"],
    matcher: "/courier/wallet/transactions",
    middlewares: [...courierActor, validateAndTransformQuery(GetWalletTransactionsParams as any, walletTransactionsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/courier/deliveries/:id/cash-collected",
    middlewares: [...courierActor, ensureOwnDelivery, validateAndTransformBody(CashCollected)],
  },
]

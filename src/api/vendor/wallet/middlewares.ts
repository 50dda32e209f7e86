import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { GetWalletParams, GetWalletStatementParams, GetWalletTransactionsParams, walletTransactionsQueryConfig } from "../../wallet-params"
import { requireVendorRole, vendorActor } from "../resolve-vendor-actor"

// The store's money is for its owner and managers; staff run orders and do not see earnings (403).
const moneyReaders = [...vendorActor, requireVendorRole("owner", "manager")]

export const vendorWalletMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/wallet", middlewares: [...moneyReaders, validateAndTransformQuery(GetWalletParams as any, {})] },
  {
    method: ["GET"],
    matcher: "/vendor/wallet/transactions",
    middlewares: [
      ...moneyReaders,
      validateAndTransformQuery(GetWalletTransactionsParams as any, walletTransactionsQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/vendor/wallet/statement",
    middlewares: [...moneyReaders, validateAndTransformQuery(GetWalletStatementParams as any, {})],
  },
]

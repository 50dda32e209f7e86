import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetPayeePayoutsParams, payeePayoutsQueryConfig, RequestEarlyPayout, SetPayoutAccount } from "../../payout-params"
import { requireVendorRole, vendorActor } from "../resolve-vendor-actor"

// Where the store's money goes is the owner's alone (docs/vendors.md); managers read the payouts, staff see neither (403).
const ownerOnly = [...vendorActor, requireVendorRole("owner")]
const moneyReaders = [...vendorActor, requireVendorRole("owner", "manager")]

export const vendorPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/payout-account", middlewares: [...ownerOnly] },
  { method: ["POST"], matcher: "/vendor/payout-account", middlewares: [...ownerOnly, validateAndTransformBody(SetPayoutAccount)] },
  {
    method: ["GET"],
    matcher: "/vendor/payouts",
    middlewares: [...moneyReaders, validateAndTransformQuery(GetPayeePayoutsParams as any, payeePayoutsQueryConfig)],
  },
  { method: ["POST"], matcher: "/vendor/payouts", middlewares: [...ownerOnly, validateAndTransformBody(RequestEarlyPayout)] },
  { method: ["GET"], matcher: "/vendor/payouts/:id", middlewares: [...moneyReaders] },
]

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { railKind } from "../../../workflows/wallet/rails"

/**
 * Medusa's `POST /store/payment-collections/:id/payment-sessions` opens any
 * provider on any collection. A top-up's collection must be paid on a card
 * rail: paying it from the wallet would move nothing, and cash never arrives.
 */
export async function refuseWalletPaidTopUps(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (typeof providerId === "string" && railKind(req.scope, providerId) !== "external") {
    const [topUp] = await req.scope
      .resolve<WalletModuleService>(WALLET_MODULE)
      .listWalletTopUps({ payment_collection_id: req.params.id }, { select: ["id"] })
    if (topUp) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A top-up is paid by card or another payment method, not with ${providerId}.`)
    }
  }
  next()
}

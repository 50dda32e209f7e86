import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WALLET_MODULE } from "../../../../modules/wallet"
import type WalletModuleService from "../../../../modules/wallet/service"

/** The ledger's invariants, recomputed from every entry now: `{ok, checks}`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await req.scope.resolve<WalletModuleService>(WALLET_MODULE).checkLedger())
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../../../modules/wallet"
import type WalletModuleService from "../../../../modules/wallet/service"
import { walletCurrency } from "../../../../queries/wallet"
import { projectFields } from "../../../project-fields"
import { createWalletTopUpWorkflow } from "../../../../workflows/wallet/workflows/top-up-wallet"
import type { StoreCreateTopUpType } from "../validators"

/** A top-up as its customer sees it; amounts in the currency's main unit. */
export const topUpView = (topUp: any) => ({
  id: topUp.id,
  amount: MathBN.convert(topUp.amount).toNumber(),
  currency_code: topUp.currency_code,
  status: topUp.status,
  payment_collection_id: topUp.payment_collection_id,
  transaction_id: topUp.transaction_id ?? null,
  created_at: topUp.created_at,
  credited_at: topUp.credited_at ?? null,
})

/**
 * Asks to add money to the signed-in customer's wallet: answers the top-up
 * and its payment collection, paid with Medusa's own payment-session routes
 * (`POST /store/payment-collections/:id/payment-sessions`), then completed
 * with `POST /store/wallet/top-ups/:id/complete`.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreCreateTopUpType>, res: MedusaResponse) => {
  const currency = await walletCurrency(req.scope, req.validatedBody.currency_code)
  const { result } = await createWalletTopUpWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, currency_code: currency, amount: req.validatedBody.amount },
  })
  res.status(201).json({ top_up: topUpView(result.top_up), payment_collection: result.payment_collection })
}

/** The signed-in customer's top-ups, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { skip, take, order } = req.queryConfig.pagination as { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
  const [topUps, count] = await req.scope
    .resolve<WalletModuleService>(WALLET_MODULE)
    .listAndCountWalletTopUps({ customer_id: req.auth_context.actor_id }, { skip, take, order: order ?? { created_at: "DESC" } })
  const fields = (req.validatedQuery as { fields?: string }).fields
  res.json({ top_ups: projectFields(topUps.map(topUpView), fields), count, offset: skip, limit: take })
}

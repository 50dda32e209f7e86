import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courierWallet } from "../../../../../queries/courier-cash"
import { walletCurrency } from "../../../../../queries/wallet"
import { recordCourierDepositWorkflow } from "../../../../../workflows/courier/workflows/record-courier-deposit"
import type { AdminCreateCourierDepositType } from "../../cash-validators"

/**
 * A courier hands in cash at the cash desk: `amount` (no more than it owes)
 * in `currency_code` (the store's default otherwise), under the receipt's
 * `reference`. The same reference again answers the first deposit; with
 * another amount, 409. Answers the posting and the courier's wallet.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCourierDepositType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const currency = await walletCurrency(req.scope, body.currency_code)
  const { result } = await recordCourierDepositWorkflow(req.scope).run({
    input: { courier_id: req.params.id, amount: body.amount, currency_code: currency, reference: body.reference, actor_id: req.auth_context.actor_id },
  })
  res.status(result.created ? 201 : 200).json({
    transaction: result.transaction,
    wallet: await courierWallet(req.scope, req.params.id, currency),
  })
}

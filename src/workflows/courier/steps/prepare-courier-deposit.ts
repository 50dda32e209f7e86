import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COURIER_MODULE } from "../../../modules/courier"
import type CourierModuleService from "../../../modules/courier/service"
import { WALLET_MODULE } from "../../../modules/wallet"
import { currencyPrecision, isAtCurrencyPrecision } from "../../../modules/wallet/posting-rules"
import { courierCashDeposited } from "../../../modules/wallet/postings"
import type WalletModuleService from "../../../modules/wallet/service"
import { cashOwed } from "../../delivery/courier-cash"

export const prepareCourierDepositStepId = "prepare-courier-deposit"

// Cash handed in reaches the platform on the cash-on-delivery rail, as cash an admin records for an order does.
const CASH_RAIL = "pp_cod_cod"

export type CourierDepositInput = {
  courier_id: string
  amount: number
  currency_code: string
  reference: string
  actor_id: string
}

/**
 * The posting of a courier's cash deposit, checked: the courier exists (404),
 * the amount fits the currency, and it is no more than what the courier owes
 * (400 naming it). A deposit already recorded under the same reference is
 * answered again by the ledger, or refused (409) if it differs. Writes
 * nothing; run under the courier's cash lock.
 */
export const prepareCourierDepositStep = createStep(prepareCourierDepositStepId, async (input: CourierDepositInput, { container }) => {
  const [courier] = await container
    .resolve<CourierModuleService>(COURIER_MODULE)
    .listCouriers({ id: input.courier_id }, { select: ["id"], take: 1 })
  if (!courier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Courier with id: ${input.courier_id} was not found`)
  }
  const currency = input.currency_code.toLowerCase()
  if (!isAtCurrencyPrecision(input.amount, currency)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `amount ${input.amount} has more decimals than ${currency.toUpperCase()} allows (${currencyPrecision(currency)}).`
    )
  }
  const posting = courierCashDeposited({
    courier_id: input.courier_id,
    reference: input.reference,
    provider_id: CASH_RAIL,
    currency_code: currency,
    amount: input.amount,
    actor_id: input.actor_id,
  })
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  // A retried deposit is checked by the ledger against the first one, not against what is owed now.
  if (await wallet.findTransactionByKey(posting.idempotency_key)) {
    return new StepResponse(posting)
  }
  const owed = cashOwed((await wallet.walletOf({ owner_type: "courier", owner_id: input.courier_id, currency_code: currency })).balance)
  if (MathBN.gt(input.amount, owed)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `amount ${input.amount} is more than courier ${input.courier_id} owes: ${owed} ${currency.toUpperCase()}.`
    )
  }
  return new StepResponse(posting)
})

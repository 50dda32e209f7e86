import { isAtCurrencyPrecision } from "../../../modules/wallet/posting-rules"
import { MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WALLET_MODULE } from "../../../modules/wallet"
import type WalletModuleService from "../../../modules/wallet/service"
import { railKind } from "../rails"

export type TopUpPayment = {
  top_up_id: string
  customer_id: string
  currency_code: string
  amount: string
  payment_collection_id: string
  status: string
  session_id: string | null
  provider_id: string | null
  payment_id: string | null
  captured: boolean
}

/** Opens a top-up: its own payment collection in Medusa's payment module, paid through the store's payment-session routes. */
export const createTopUpStep = createStep(
  "create-wallet-top-up",
  async (input: { customer_id: string; currency_code: string; amount: number }, { container }) => {
    if (!isAtCurrencyPrecision(input.amount, input.currency_code)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount ${input.amount} has more decimals than ${input.currency_code.toUpperCase()} allows.`)
    }
    const payments = container.resolve(Modules.PAYMENT)
    const [collection] = await payments.createPaymentCollections([{ currency_code: input.currency_code, amount: input.amount }])
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const topUp = await wallet.createWalletTopUps({
      customer_id: input.customer_id,
      currency_code: input.currency_code,
      amount: input.amount,
      payment_collection_id: collection.id,
    })
    return new StepResponse({ top_up: topUp, payment_collection: collection }, { top_up_id: topUp.id, collection_id: collection.id })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    await container.resolve<WalletModuleService>(WALLET_MODULE).deleteWalletTopUps(undo.top_up_id)
    await container.resolve(Modules.PAYMENT).deletePaymentCollections([undo.collection_id])
  }
)

/** A top-up with its payment as it stands; 404 for another customer's. Writes nothing. */
export async function topUpPayment(container: any, topUpId: string, customerId?: string): Promise<TopUpPayment> {
  const wallet = container.resolve(WALLET_MODULE) as WalletModuleService
  const [topUp] = await wallet.listWalletTopUps({ id: topUpId, ...(customerId ? { customer_id: customerId } : {}) })
  if (!topUp) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Top-up ${topUpId} was not found.`)
  }
  const collection = await container
    .resolve(Modules.PAYMENT)
    .retrievePaymentCollection(topUp.payment_collection_id, { relations: ["payment_sessions", "payments", "payments.captures"] })
  const session = (collection.payment_sessions ?? []).at(-1) ?? null
  const payment = (collection.payments ?? []).find((candidate: any) => !candidate.canceled_at) ?? null
  return {
    top_up_id: topUp.id,
    customer_id: topUp.customer_id,
    currency_code: topUp.currency_code,
    amount: MathBN.convert(topUp.amount).toFixed(),
    payment_collection_id: topUp.payment_collection_id,
    status: topUp.status,
    session_id: session?.id ?? null,
    provider_id: payment?.provider_id ?? session?.provider_id ?? null,
    payment_id: payment?.id ?? null,
    captured: !!payment?.captures?.length,
  }
}

/** The top-up as it stands, checked: it has a payment session, on a rail that can pay a top-up. */
export const loadTopUpStep = createStep("load-wallet-top-up", async (input: { top_up_id: string; customer_id?: string }, { container }) => {
  const topUp = await topUpPayment(container, input.top_up_id, input.customer_id)
  if (topUp.status === "canceled") {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Top-up ${topUp.top_up_id} was canceled.`)
  }
  if (!topUp.provider_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Top-up ${topUp.top_up_id} has no payment yet: choose a payment method with POST /store/payment-collections/${topUp.payment_collection_id}/payment-sessions first.`
    )
  }
  if (railKind(container, topUp.provider_id) !== "external") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A top-up is paid by card or another payment method, not with ${topUp.provider_id}.`)
  }
  return new StepResponse(topUp)
})

/**
 * Authorises and captures the top-up's payment, whatever part of that is not
 * done yet (a retried request, or a webhook that captured it, finds it done).
 * Undone by refunding what this step captured, or cancelling what it authorised.
 */
export const payTopUpStep = createStep(
  "pay-wallet-top-up",
  async (topUp: TopUpPayment, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    let paymentId = topUp.payment_id
    let authorized = false
    if (!paymentId) {
      const payment = await payments.authorizePaymentSession(topUp.session_id!, {})
      if (!payment) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The payment of top-up ${topUp.top_up_id} is waiting for the payment provider; try again shortly.`)
      }
      paymentId = payment.id
      authorized = true
    }
    let captured = false
    if (!topUp.captured) {
      const payment = await payments.retrievePayment(paymentId, { relations: ["captures"] })
      if (!payment.captures?.length) {
        await payments.capturePayment({ payment_id: paymentId })
        captured = true
      }
    }
    return new StepResponse({ payment_id: paymentId }, { payment_id: paymentId, authorized, captured, amount: topUp.amount })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const payments = container.resolve(Modules.PAYMENT)
    if (undo.captured) {
      await payments.refundPayment({ payment_id: undo.payment_id, amount: undo.amount })
    } else if (undo.authorized) {
      await payments.cancelPayment(undo.payment_id)
    }
  }
)

/** Marks the top-up credited with its ledger transaction; a top-up credited before stays as it was. */
export const markTopUpCreditedStep = createStep(
  "mark-wallet-top-up-credited",
  async (input: { top_up_id: string; transaction_id: string }, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const topUp = await wallet.retrieveWalletTopUp(input.top_up_id)
    if (topUp.status === "credited") {
      return new StepResponse(topUp, null)
    }
    const updated = await wallet.updateWalletTopUps({ id: input.top_up_id, status: "credited", transaction_id: input.transaction_id, credited_at: new Date() })
    return new StepResponse(updated, input.top_up_id)
  },
  async (topUpId, { container }) => {
    if (topUpId) {
      await container
        .resolve<WalletModuleService>(WALLET_MODULE)
        .updateWalletTopUps({ id: topUpId, status: "pending", transaction_id: null, credited_at: null })
    }
  }
)

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { WALLET_MODULE } from "../../modules/wallet"
import type WalletModuleService from "../../modules/wallet/service"
import { createPayoutWorkflow } from "./workflows/create-payout"
import { failPayoutWorkflow } from "./workflows/fail-payout"
import { sendPayoutWorkflow } from "./workflows/send-payout"

/**
 * Puts a `pending` payout on its rail: a Stripe Connect payout is sent now
 * (and fails with Stripe's reason when Stripe refuses it); a manual one waits
 * for the finance team's export and mark-paid.
 */
export async function dispatchPayout(container: MedusaContainer, payoutId: string): Promise<void> {
  const [payout] = await container.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayouts({ id: payoutId }, { take: 1 })
  if (!payout || payout.status !== "pending" || payout.method !== "stripe_connect") {
    return
  }
  const { result } = await sendPayoutWorkflow(container).run({ input: { payout_id: payoutId } })
  if (!result.ok) {
    await failPayoutWorkflow(container).run({ input: { payout_id: payoutId, reason: result.reason } })
  }
}

export type PayoutRunSummary = {
  /** The payouts this run opened. */
  payout_ids: string[]
  /** Payees with a payout account that got nothing: nothing available, below the minimum, or a payout already open. */
  skipped: number
  /** Payees whose payout could not be opened (logged); the next run tries again. */
  errors: number
}

/**
 * One payout run (the scheduled job, or an admin's "run now"): for every
 * payee with a payout account, in every currency it holds, a payout of its
 * available balance. Safe to run again, or twice at once: each payee has one
 * open payout at most, and what a payout takes leaves the balance first.
 */
export async function runPayouts(container: MedusaContainer): Promise<PayoutRunSummary> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const summary: PayoutRunSummary = { payout_ids: [], skipped: 0, errors: 0 }
  const accounts = await payouts.listPayoutAccounts({}, { select: ["owner_type", "owner_id"] })
  for (const account of accounts) {
    const ledgerAccounts = await wallet.listLedgerAccounts(
      { owner_type: account.owner_type, owner_id: account.owner_id },
      { select: ["currency_code", "balance"] }
    )
    for (const ledgerAccount of ledgerAccounts) {
      if (!MathBN.gt(ledgerAccount.balance, 0)) {
        summary.skipped++
        continue
      }
      const payee = { owner_type: account.owner_type, owner_id: account.owner_id, currency_code: ledgerAccount.currency_code }
      try {
        const { result: payoutId } = await createPayoutWorkflow(container).run({ input: { payee, early: false } })
        if (!payoutId) {
          summary.skipped++
          continue
        }
        summary.payout_ids.push(payoutId)
        await dispatchPayout(container, payoutId)
      } catch (error: any) {
        summary.errors++
        logger.error(`Payout of ${payee.owner_type} ${payee.owner_id} in ${payee.currency_code} failed to open: ${error?.message ?? error}`)
      }
    }
  }
  return summary
}

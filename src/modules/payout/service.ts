import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  bankDetailsHint,
  decryptBankDetails,
  encryptBankDetails,
  payoutCipherKey,
  type BankDetails,
} from "./bank-details-cipher"
import { PayoutAccount, type PayeeType } from "./models/payout-account"
import { OPEN_PAYOUT_STATUSES, Payout, type PayoutStatus } from "./models/payout"
import { PayoutItem } from "./models/payout-item"
import { PayoutWebhookEvent } from "./models/payout-webhook-event"
import { minimumFor } from "./payout-selection"
import { DEFAULT_PAYOUT_SCHEDULE, nextPayoutRun } from "./payout-schedule"
import { StripeConnectRail, type StripeConnectOptions } from "./stripe-connect"

export type PayoutModuleOptions = {
  /** PAYOUT_ENCRYPTION_KEY: encrypts bank details at rest. */
  encryption_key: string
  /** PAYOUT_MINIMUM: the smallest payout per currency, in main units. */
  minimums?: Record<string, number>
  /** PAYOUT_SCHEDULE: when the payout job runs (cron). */
  schedule?: string
  /** Stripe Connect, when STRIPE_API_KEY is set. */
  stripe?: StripeConnectOptions | null
}

export type Payee = { owner_type: PayeeType; owner_id: string }

export type PayoutAccountInput =
  | { method: "manual"; bank_details: BankDetails }
  | { method: "stripe_connect"; stripe_account_id: string }

type Knex = ReturnType<EntityManager["getKnex"]>

const UNIQUE_VIOLATION = "23505"

/** The key that is unique while a payee has an open payout in a currency. */
export const openKeyOf = (payee: Payee, currencyCode: string) => `${payee.owner_type}:${payee.owner_id}:${currencyCode.toLowerCase()}`

/**
 * Payout accounts and payouts. Bank details are sealed with
 * PAYOUT_ENCRYPTION_KEY before they reach the database and opened only for
 * the finance team's export. A payout's status moves by compare-and-set
 * (`movePayout`), so two callers racing on one payout change it once.
 */
class PayoutModuleService extends MedusaService({ PayoutAccount, Payout, PayoutItem, PayoutWebhookEvent }) {
  protected readonly cipherKey: Buffer
  protected readonly minimums: Record<string, number>
  protected readonly schedule: string
  protected readonly stripeRail: StripeConnectRail | null

  constructor(dependencies: Record<string, unknown>, options: PayoutModuleOptions) {
    super(...arguments)
    if (!options?.encryption_key) {
      throw new Error("The payout module needs an encryption_key (PAYOUT_ENCRYPTION_KEY).")
    }
    this.cipherKey = payoutCipherKey(options.encryption_key)
    this.minimums = Object.fromEntries(Object.entries(options.minimums ?? {}).map(([code, amount]) => [code.toLowerCase(), amount]))
    this.schedule = options.schedule ?? DEFAULT_PAYOUT_SCHEDULE
    this.stripeRail = options.stripe ? new StripeConnectRail(options.stripe) : null
  }

  /** The smallest payout in a currency (PAYOUT_MINIMUM; 0 when not set for it). */
  minimumPayout(currencyCode: string): number {
    return minimumFor(this.minimums, currencyCode)
  }

  /** When the scheduled payout job runs next. */
  nextScheduledRun(now: Date = new Date()): Date {
    return nextPayoutRun(this.schedule, now)
  }

  /** The Stripe Connect rail, or null when STRIPE_API_KEY is not set. */
  stripe(): StripeConnectRail | null {
    return this.stripeRail
  }

  /** Seals bank details and says what may be shown of them. */
  sealBankDetails(details: BankDetails): { bank_details_encrypted: string; destination_hint: string } {
    return { bank_details_encrypted: encryptBankDetails(details, this.cipherKey), destination_hint: bankDetailsHint(details) }
  }

  /** A manual account's bank details, opened; null for a Stripe account. */
  openBankDetails(account: { bank_details_encrypted?: string | null }): BankDetails | null {
    if (!account.bank_details_encrypted) {
      return null
    }
    try {
      return decryptBankDetails(account.bank_details_encrypted, this.cipherKey)
    } catch {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        "These bank details cannot be read with the current PAYOUT_ENCRYPTION_KEY: it changed since they were saved."
      )
    }
  }

  /** A payee's payout account, or null. */
  @InjectManager()
  async accountOf(payee: Payee, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const [account] = await this.listPayoutAccounts({ owner_type: payee.owner_type, owner_id: payee.owner_id }, { take: 1 }, sharedContext)
    return account ?? null
  }

  /**
   * Opens a payout for a payee in a currency, or answers null when one is
   * already open: `open_key` is unique, so of two runs racing (on one worker
   * or two), exactly one opens it.
   */
  @InjectManager()
  async claimPayout(
    input: Payee & { currency_code: string; early: boolean; requested_by?: string | null },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const account = await this.accountOf(input, sharedContext)
    if (!account) {
      return null
    }
    try {
      const [payout] = await this.createPayouts(
        [
          {
            owner_type: input.owner_type,
            owner_id: input.owner_id,
            currency_code: input.currency_code.toLowerCase(),
            amount: 0,
            status: input.early ? "requested" : "pending",
            method: account.method,
            destination_hint: account.destination_hint,
            stripe_account_id: account.stripe_account_id,
            early: input.early,
            requested_by: input.requested_by ?? null,
            open_key: openKeyOf(input, input.currency_code),
            idempotency_key: `${openKeyOf(input, input.currency_code)}:${Date.now()}:${Math.random().toString(36).slice(2, 10)}`,
          },
        ],
        sharedContext
      )
      return payout
    } catch (error: any) {
      if (this.isUniqueViolation(error)) {
        return null
      }
      throw error
    }
  }

  /**
   * Moves a payout from one of `from` to `to` with `patch`, under a lock of
   * its row: of two requests racing, the second waits and then sees the
   * first one's result. Answers whether it moved, and the payout as it now
   * is. A payout leaving the open statuses frees its payee's slot.
   */
  @InjectTransactionManager()
  async movePayout(
    id: string,
    from: readonly PayoutStatus[],
    to: PayoutStatus,
    patch: Record<string, unknown> = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ moved: boolean; payout: Record<string, any> & { id: string; status: PayoutStatus } } | null> {
    const knex = sharedContext.transactionManager!.getTransactionContext() as unknown as Knex
    const [current] = await knex("payout").where({ id }).whereNull("deleted_at").forUpdate().select("*")
    if (!current) {
      return null
    }
    if (!from.includes(current.status)) {
      return { moved: false, payout: current }
    }
    const open = OPEN_PAYOUT_STATUSES.includes(to)
    const [moved] = await knex("payout")
      .where({ id })
      .update({ ...patch, status: to, ...(open ? {} : { open_key: null }), updated_at: knex.fn.now() })
      .returning("*")
    return { moved: true, payout: moved }
  }

  /** The ledger transactions that open or paid payouts of a payee already list: not to be listed again. */
  @InjectManager()
  async itemizedTransactionIds(payee: Payee & { currency_code: string }, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("payout_item as i")
      .join("payout as p", "p.id", "i.payout_id")
      .where({ "p.owner_type": payee.owner_type, "p.owner_id": payee.owner_id, "p.currency_code": payee.currency_code.toLowerCase() })
      .whereNotIn("p.status", ["failed", "rejected"])
      .whereNull("i.deleted_at")
      .select("i.transaction_id")
    return rows.map((row: { transaction_id: string }) => row.transaction_id)
  }

  /** Records a webhook event once; false when its id was handled before. */
  @InjectManager()
  async recordWebhookEvent(
    event: { event_id: string; type: string; payout_id: string | null; outcome: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    try {
      await this.createPayoutWebhookEvents([event], sharedContext)
      return true
    } catch (error: any) {
      if (this.isUniqueViolation(error)) {
        return false
      }
      throw error
    }
  }

  private isUniqueViolation(error: any): boolean {
    return (
      error?.code === UNIQUE_VIOLATION ||
      error?.type === MedusaError.Types.DUPLICATE_ERROR ||
      /already exists|unique constraint/i.test(String(error?.message ?? ""))
    )
  }
}

export default PayoutModuleService

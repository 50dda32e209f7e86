import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { LedgerAccount } from "./models/ledger-account"
import { LedgerEntry } from "./models/ledger-entry"
import { LedgerFreeze } from "./models/ledger-freeze"
import { LedgerTransaction } from "./models/ledger-transaction"
import { WalletTopUp } from "./models/wallet-top-up"
import { LEDGER_CHECKS } from "./ledger-checks"
import {
  accountKeyString,
  balanceFloor,
  changesByAccount,
  distinctAccounts,
  floorViolation,
  normalizePosting,
  postingContentHash,
} from "./posting-rules"
import type {
  CourierCashLimits,
  LedgerAccountKey,
  LedgerCheck,
  LedgerEntryView,
  LedgerOwnerType,
  LedgerTransactionView,
  PostedTransaction,
  PostTransactionInput,
  RefundDestinationSetting,
  WalletBalance,
  WalletModuleOptions,
} from "./ledger-types"

type Knex = ReturnType<EntityManager["getKnex"]>

// Raised by ledger_post_transaction when a posting would take an account below its floor.
const FLOOR_VIOLATION = "DL001"

const APPEND_ONLY =
  "The ledger is append-only: entries and transactions are never changed or deleted, and balances only move through postTransaction."

const refuse = (): never => {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, APPEND_ONLY)
}

/**
 * The double-entry ledger. Money moves only through `postTransaction`, which
 * writes a balanced transaction, its entries and the accounts' cached
 * balances in one database transaction. Every generated method that would
 * change or delete ledger rows refuses.
 */
class WalletModuleService extends MedusaService({ LedgerAccount, LedgerTransaction, LedgerEntry, WalletTopUp, LedgerFreeze }) {
  protected readonly courierCashLimits: CourierCashLimits
  protected readonly vendorHoldDays: number
  protected readonly defaultRefundDestination: RefundDestinationSetting
  protected readonly courierShareOfFee: number

  constructor(dependencies: Record<string, unknown>, options: WalletModuleOptions = {}) {
    super(...arguments)
    this.vendorHoldDays = options.vendor_hold_days ?? 7
    this.defaultRefundDestination = options.refund_destination ?? "original"
    this.courierShareOfFee = options.courier_fee_share ?? 0.8
    this.courierCashLimits = Object.fromEntries(
      Object.entries(options.courier_cash_limit ?? {}).map(([currency, limit]) => [currency.toLowerCase(), limit])
    )
  }

  // @ts-expect-error -- refused on purpose: the ledger is append-only.
  async createLedgerAccounts() { return refuse() }
  // @ts-expect-error -- see above
  async updateLedgerAccounts() { return refuse() }
  // @ts-expect-error -- see above
  async deleteLedgerAccounts() { return refuse() }
  // @ts-expect-error -- see above
  async softDeleteLedgerAccounts() { return refuse() }
  // @ts-expect-error -- see above
  async restoreLedgerAccounts() { return refuse() }
  // @ts-expect-error -- see above
  async createLedgerTransactions() { return refuse() }
  // @ts-expect-error -- see above
  async updateLedgerTransactions() { return refuse() }
  // @ts-expect-error -- see above
  async deleteLedgerTransactions() { return refuse() }
  // @ts-expect-error -- see above
  async softDeleteLedgerTransactions() { return refuse() }
  // @ts-expect-error -- see above
  async restoreLedgerTransactions() { return refuse() }
  // @ts-expect-error -- see above
  async createLedgerEntries() { return refuse() }
  // @ts-expect-error -- see above
  async updateLedgerEntries() { return refuse() }
  // @ts-expect-error -- see above
  async deleteLedgerEntries() { return refuse() }
  // @ts-expect-error -- see above
  async softDeleteLedgerEntries() { return refuse() }
  // @ts-expect-error -- see above
  async restoreLedgerEntries() { return refuse() }

  /**
   * Posts one balanced transaction, all or nothing, as one database statement
   * (`ledger_post_transaction`, see its migration), inside the caller's
   * transaction when there is one:
   * 1. claims the idempotency key (a replay with the same content answers the
   *    first transaction and writes nothing; with other content, 409);
   * 2. creates the accounts on first use, then locks them in id order, so
   *    concurrent postings on shared accounts queue instead of deadlocking;
   * 3. refuses to take a customer below 0 or a courier below its cash limit (400);
   * 4. writes the entries and the new cached balances.
   */
  @InjectManager()
  async postTransaction(
    input: PostTransactionInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PostedTransaction> {
    const posting = normalizePosting(input)
    const contentHash = postingContentHash(posting)
    const knex = (sharedContext.transactionManager?.getTransactionContext() ?? sharedContext.manager!.getKnex()) as Knex

    const transactionId = generateEntityId(undefined, "ltx")
    const keys = distinctAccounts(posting.entries)
    const changes = changesByAccount(posting.entries, new Date())
    const accounts = keys.map((key, position) => {
      const change = changes.get(accountKeyString(key))!
      const floor = balanceFloor(key.owner_type, key.currency_code, this.courierCashLimits, posting.type)
      return {
        ...key,
        key: accountKeyString(key),
        position,
        id: generateEntityId(undefined, "lacc"),
        change: change.total.toFixed(),
        change_pending: change.pending.toFixed(),
        floor: floor ? floor.toFixed() : null,
      }
    })
    const entries = posting.entries.map((entry) => ({
      id: generateEntityId(undefined, "lent"),
      key: accountKeyString(entry),
      amount: entry.amount.toFixed(),
      currency_code: entry.currency_code,
      available_at: entry.available_at ? entry.available_at.toISOString() : null,
    }))

    // The transaction's own columns: what the database function writes, and what is answered.
    const header = {
      id: transactionId,
      type: posting.type,
      reference_type: posting.reference_type,
      reference_id: posting.reference_id,
      idempotency_key: posting.idempotency_key,
      content_hash: contentHash,
      note: posting.note ?? null,
      actor_type: posting.actor_type ?? null,
      actor_id: posting.actor_id ?? null,
    }
    let result: { replayed?: string; content_hash?: string; created_at?: string; now?: string; account_ids?: Record<string, string> }
    try {
      const { rows } = await knex.raw(`select ledger_post_transaction(?::jsonb) as result`, [JSON.stringify({ ...header, accounts, entries })])
      result = rows[0].result
    } catch (error: any) {
      if (error?.code !== FLOOR_VIOLATION) {
        throw error
      }
      const refused = JSON.parse(error.detail) as { key: string; id: string; balance: string; available: string; change: string }
      const account = accounts.find((candidate) => candidate.key === refused.key)!
      const message = floorViolation({ ...account, id: refused.id }, refused, refused.change, this.courierCashLimits)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message ?? `The posting would take ${refused.key} below its floor.`)
    }

    if (result.replayed) {
      if (result.content_hash !== contentHash) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `The idempotency key ${posting.idempotency_key} was already used for a different posting (${result.replayed}).`
        )
      }
      const [existing] = await this.transactionViews(knex, "t.id = ?", [result.replayed])
      return { transaction: existing, created: false }
    }

    const accountIds = result.account_ids!
    const byKey = new Map(accounts.map((account) => [account.key, account]))
    return {
      created: true,
      transaction: {
        ...header,
        created_at: new Date(result.created_at!),
        entries: entries.map((entry, index) => {
          const account = byKey.get(entry.key)!
          return {
            id: entry.id,
            account_id: accountIds[entry.key],
            owner_type: account.owner_type,
            owner_id: account.owner_id,
            currency_code: account.currency_code,
            amount: posting.entries[index].amount.toNumber(),
            available_at: new Date(entry.available_at ?? result.now!),
          }
        }),
      },
    }
  }

  /**
   * What transactions of one type posted for one reference (an order, a
   * top-up…), summed per account: how much a settlement has paid so far.
   */
  @InjectManager()
  async referenceTotals(
    reference: { type: string; id: string },
    transactionType: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<(LedgerAccountKey & { total: string })[]> {
    const knex = (sharedContext.transactionManager?.getTransactionContext() ?? sharedContext.manager!.getKnex()) as Knex
    const { rows } = (await knex.raw(
      `select a.owner_type, a.owner_id, a.currency_code, sum(e.amount)::text as total
         from ledger_transaction t
         join ledger_entry e on e.transaction_id = t.id
         join ledger_account a on a.id = e.account_id
        where t.reference_type = ? and t.reference_id = ? and t.type = ?
        group by a.owner_type, a.owner_id, a.currency_code`,
      [reference.type, reference.id, transactionType]
    )) as { rows: (LedgerAccountKey & { total: string })[] }
    return rows
  }

  /**
   * An account's statement for a period [from, to): the balance before it,
   * every entry in it oldest first with its transaction and the running
   * balance, and the balance at its end.
   */
  @InjectManager()
  async accountStatement(
    accountId: string,
    period: { from: Date; to: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{
    opening_balance: string
    closing_balance: string
    lines: {
      created_at: Date
      transaction_id: string
      type: string
      reference_type: string
      reference_id: string
      amount: string
      available_at: Date
      balance: string
    }[]
  }> {
    const knex = sharedContext.manager!.getKnex()
    const {
      rows: [{ opening }],
    } = await knex.raw(`select coalesce(sum(amount), 0)::text as opening from ledger_entry where account_id = ? and created_at < ?`, [
      accountId,
      period.from,
    ])
    const { rows } = (await knex.raw(
      `select e.created_at, t.id as transaction_id, t.type, t.reference_type, t.reference_id, e.amount::text as amount, e.available_at
         from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
        where e.account_id = ? and e.created_at >= ? and e.created_at < ?
        order by e.created_at, e.id`,
      [accountId, period.from, period.to]
    )) as { rows: any[] }
    let running = MathBN.convert(opening)
    const lines = rows.map((row) => {
      running = MathBN.add(running, row.amount)
      return { ...row, balance: running.toFixed() }
    })
    return { opening_balance: MathBN.convert(opening).toFixed(), closing_balance: running.toFixed(), lines }
  }

  /** How many transactions of one type were posted for one reference. */
  @InjectManager()
  async referenceTransactionCount(
    reference: { type: string; id: string },
    transactionType: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const {
      rows: [{ count }],
    } = await knex.raw(`select count(*)::int as count from ledger_transaction where reference_type = ? and reference_id = ? and type = ?`, [
      reference.type,
      reference.id,
      transactionType,
    ])
    return count
  }

  /** The transaction posted under an idempotency key, or null. */
  @InjectManager()
  async findTransactionByKey(idempotencyKey: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = sharedContext.manager!.getKnex()
    const [view] = await this.transactionViews(knex, "t.idempotency_key = ?", [idempotencyKey])
    return view ?? null
  }

  /** When earnings settled now become available to pay out (VENDOR_HOLD_DAYS). */
  earningsAvailableAt(now: Date = new Date()): Date {
    return new Date(now.getTime() + this.vendorHoldDays * 24 * 60 * 60 * 1000)
  }

  /** How much a courier may owe the platform in a currency (COURIER_CASH_LIMIT); 0 for a currency not listed. */
  courierCashLimit(currencyCode: string): number {
    return this.courierCashLimits[currencyCode.toLowerCase()] ?? 0
  }

  /** The currencies COURIER_CASH_LIMIT names. */
  courierCashLimitCurrencies(): string[] {
    return Object.keys(this.courierCashLimits)
  }

  /** The fraction of a delivery's fee its courier earns (COURIER_FEE_SHARE). */
  courierFeeShare(): number {
    return this.courierShareOfFee
  }

  /** Where a refund goes when the admin does not say (REFUND_DESTINATION). */
  refundDestinationDefault(): RefundDestinationSetting {
    return this.defaultRefundDestination
  }

  /** A transaction with all its entries, or 404. */
  @InjectManager()
  async retrieveTransactionView(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<LedgerTransactionView> {
    const [view] = await this.transactionViews(sharedContext.manager!.getKnex(), "t.id = ?", [id])
    if (!view) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ledger transaction ${id} was not found.`)
    }
    return view
  }

  /** The account of an owner in a currency, or null if nothing was ever posted to it. */
  @InjectManager()
  async findAccount(key: LedgerAccountKey, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const [account] = await this.listLedgerAccounts(
      { owner_type: key.owner_type, owner_id: key.owner_id, currency_code: key.currency_code.toLowerCase() },
      { take: 1 },
      sharedContext
    )
    return account ?? null
  }

  /** An owner's wallet in a currency; all zeros before its first posting. */
  @InjectManager()
  async walletOf(key: LedgerAccountKey, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<WalletBalance> {
    const account = await this.findAccount(key, sharedContext)
    if (!account) {
      return { currency_code: key.currency_code.toLowerCase(), balance: 0, available: 0, pending: 0, frozen: 0 }
    }
    const [wallet] = (await this.walletBalances([account.id], sharedContext)).values()
    return wallet
  }

  /** Balance, available, pending and frozen of each account, by id. */
  @InjectManager()
  async walletBalances(accountIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<Map<string, WalletBalance>> {
    if (!accountIds.length) {
      return new Map()
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = (await knex.raw(`select id, currency_code, balance from ledger_account where id = any(?)`, [accountIds])) as {
      rows: { id: string; currency_code: string; balance: string }[]
    }
    const pending = await this.pendingTotals(knex, accountIds)
    const frozen = await this.frozenTotals(knex, accountIds)
    return new Map(
      rows.map((row) => {
        const pendingAmount = MathBN.convert(pending.get(row.id) ?? 0)
        const frozenAmount = MathBN.convert(frozen.get(row.id) ?? 0)
        return [
          row.id,
          {
            currency_code: row.currency_code,
            balance: MathBN.convert(row.balance).toNumber(),
            available: MathBN.sub(MathBN.sub(row.balance, pendingAmount), frozenAmount).toNumber(),
            pending: pendingAmount.toNumber(),
            frozen: frozenAmount.toNumber(),
          },
        ]
      })
    )
  }

  /**
   * The transactions that touched an account, newest first (or oldest first),
   * each with its entries on that account only.
   */
  @InjectManager()
  async listAccountTransactions(
    accountId: string,
    { skip = 0, take = 20, oldestFirst = false }: { skip?: number; take?: number; oldestFirst?: boolean } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<[LedgerTransactionView[], number]> {
    const knex = sharedContext.manager!.getKnex()
    const direction = oldestFirst ? "asc" : "desc"
    const { rows: page } = (await knex.raw(
      `select t.id from ledger_transaction t
        where t.id in (select transaction_id from ledger_entry where account_id = ?)
        order by t.created_at ${direction}, t.id ${direction}
        limit ? offset ?`,
      [accountId, take, skip]
    )) as { rows: { id: string }[] }
    const {
      rows: [{ count }],
    } = await knex.raw(`select count(distinct transaction_id)::int as count from ledger_entry where account_id = ?`, [accountId])
    if (!page.length) {
      return [[], count]
    }
    const views = await this.transactionViews(knex, "t.id = any(?) and e.account_id = ?", [page.map((row) => row.id), accountId])
    const byId = new Map(views.map((view) => [view.id, view]))
    return [page.map((row) => byId.get(row.id)!), count]
  }

  /**
   * Every ledger invariant, computed live from the entries: what
   * `GET /admin/ledger/check` answers, and what every money test ends with.
   */
  @InjectManager()
  async checkLedger(@MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<{ ok: boolean; checks: LedgerCheck[] }> {
    const knex = sharedContext.manager!.getKnex()
    const checks: LedgerCheck[] = []
    for (const check of LEDGER_CHECKS) {
      const { rows } = (await knex.raw(check.sql)) as { rows: { id: string }[] }
      checks.push({
        name: check.name,
        description: check.description,
        ok: rows.length === 0,
        failures: rows.length,
        examples: rows.slice(0, 5).map((row) => row.id),
      })
    }
    return { ok: checks.every((check) => check.ok), checks }
  }

  /**
   * Freezes part of an account's balance (a dispute holds it): it stays in the
   * balance but leaves `available`, so no payout takes it, until released.
   * Once per reference and account while active: a repeat answers the active freeze.
   */
  @InjectManager()
  async freezeAmount(
    input: LedgerAccountKey & { amount: number | string; reason: string; reference_type: string; reference_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    if (!MathBN.gt(input.amount, 0)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "amount must be above 0 to freeze.")
    }
    const key = {
      owner_type: input.owner_type,
      owner_id: input.owner_id,
      currency_code: input.currency_code.toLowerCase(),
      reference_type: input.reference_type,
      reference_id: input.reference_id,
    }
    const [active] = await this.listLedgerFreezes({ ...key, released_at: null }, { take: 1 }, sharedContext)
    if (active) {
      return active
    }
    return await this.createLedgerFreezes({ ...key, amount: MathBN.convert(input.amount).toNumber(), reason: input.reason }, sharedContext)
  }

  /** Releases the active freeze of a reference on an account; the amount is available again. */
  @InjectManager()
  async releaseFreeze(
    key: LedgerAccountKey & { reference_type: string; reference_id: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const active = await this.listLedgerFreezes({ ...key, currency_code: key.currency_code.toLowerCase(), released_at: null }, {}, sharedContext)
    if (!active.length) {
      return []
    }
    return await this.updateLedgerFreezes(
      active.map((freeze) => ({ id: freeze.id, released_at: new Date() })),
      sharedContext
    )
  }

  /** The references (e.g. disputed orders) with an active freeze on an owner's account in a currency. */
  @InjectManager()
  async frozenReferences(key: LedgerAccountKey, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const active = await this.listLedgerFreezes(
      { owner_type: key.owner_type, owner_id: key.owner_id, currency_code: key.currency_code.toLowerCase(), released_at: null },
      { select: ["reference_type", "reference_id"] },
      sharedContext
    )
    return active.map((freeze) => ({ reference_type: freeze.reference_type, reference_id: freeze.reference_id }))
  }

  /**
   * The transactions that moved an owner's account, other than those of
   * `excludedTypes` and those in `excludedTransactionIds`, whose entries on
   * the account were available by `availableBy`: what a payout can list as
   * what it pays. Each with the account's net and the platform's shares of
   * the same transaction (commission, delivery), oldest first.
   */
  @InjectManager()
  async unpaidEarnings(
    key: LedgerAccountKey,
    filters: { availableBy: Date; excludedTypes: string[]; excludedTransactionIds: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<
    {
      transaction_id: string
      type: string
      reference_type: string
      reference_id: string
      available_at: Date
      net: string
      commission: string
      delivery: string
    }[]
  > {
    const account = await this.findAccount(key, sharedContext)
    if (!account) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = (await knex.raw(
      `select t.id as transaction_id, t.type, t.reference_type, t.reference_id, max(e.available_at) as available_at,
              sum(e.amount)::text as net,
              coalesce((select sum(o.amount) from ledger_entry o join ledger_account oa on oa.id = o.account_id
                         where o.transaction_id = t.id and oa.owner_type = 'platform' and oa.owner_id = 'commission'), 0)::text as commission,
              coalesce((select sum(o.amount) from ledger_entry o join ledger_account oa on oa.id = o.account_id
                         where o.transaction_id = t.id and oa.owner_type = 'platform' and oa.owner_id = 'delivery'), 0)::text as delivery
         from ledger_entry e join ledger_transaction t on t.id = e.transaction_id
        where e.account_id = ? and t.type <> all(?) and t.id <> all(?)
        group by t.id, t.type, t.reference_type, t.reference_id, t.created_at
       having max(e.available_at) <= ?
        order by max(e.available_at), t.created_at, t.id`,
      [account.id, filters.excludedTypes, filters.excludedTransactionIds, filters.availableBy]
    )) as { rows: any[] }
    return rows
  }

  /** What each account has frozen (active freezes). */
  private async frozenTotals(knex: Knex, accountIds: string[]): Promise<Map<string, string>> {
    const { rows } = (await knex.raw(
      `select a.id as account_id, sum(f.amount)::text as frozen
         from ledger_account a
         join ledger_freeze f on f.owner_type = a.owner_type and f.owner_id = a.owner_id and f.currency_code = a.currency_code
        where a.id = any(?) and f.released_at is null and f.deleted_at is null
        group by a.id`,
      [accountIds]
    )) as { rows: { account_id: string; frozen: string }[] }
    return new Map(rows.map((row) => [row.account_id, row.frozen]))
  }

  /** What each account holds that is not available yet (entries dated in the future). */
  private async pendingTotals(knex: Knex, accountIds: string[]): Promise<Map<string, string>> {
    if (!accountIds.length) {
      return new Map()
    }
    const { rows } = (await knex.raw(
      `select account_id, sum(amount)::text as pending from ledger_entry
        where account_id = any(?) and available_at > now() and deleted_at is null
        group by account_id`,
      [accountIds]
    )) as { rows: { account_id: string; pending: string }[] }
    return new Map(rows.map((row) => [row.account_id, row.pending]))
  }

  /** Transactions with their entries (those matching `where`), in one query. */
  private async transactionViews(knex: Knex, where: string, bindings: unknown[]): Promise<LedgerTransactionView[]> {
    const { rows } = (await knex.raw(
      `select t.id, t.type, t.reference_type, t.reference_id, t.idempotency_key, t.content_hash, t.note, t.actor_type, t.actor_id,
              t.created_at, e.id as entry_id, e.account_id, e.amount, e.available_at,
              a.owner_type, a.owner_id, a.currency_code
         from ledger_transaction t
         join ledger_entry e on e.transaction_id = t.id
         join ledger_account a on a.id = e.account_id
        where ${where}
        order by t.created_at, t.id, e.id`,
      bindings as any[]
    )) as { rows: any[] }
    const views = new Map<string, LedgerTransactionView>()
    for (const row of rows) {
      let view = views.get(row.id)
      if (!view) {
        view = {
          id: row.id,
          type: row.type,
          reference_type: row.reference_type,
          reference_id: row.reference_id,
          idempotency_key: row.idempotency_key,
          content_hash: row.content_hash,
          note: row.note,
          actor_type: row.actor_type,
          actor_id: row.actor_id,
          created_at: row.created_at,
          entries: [],
        }
        views.set(row.id, view)
      }
      const entry: LedgerEntryView = {
        id: row.entry_id,
        account_id: row.account_id,
        owner_type: row.owner_type as LedgerOwnerType,
        owner_id: row.owner_id,
        currency_code: row.currency_code,
        amount: MathBN.convert(row.amount).toNumber(),
        available_at: row.available_at,
      }
      view.entries.push(entry)
    }
    return [...views.values()]
  }
}

export default WalletModuleService

import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { LedgerAccount } from "./models/ledger-account"
import { LedgerEntry } from "./models/ledger-entry"
import { LedgerTransaction } from "./models/ledger-transaction"
import { LEDGER_CHECKS } from "./ledger-checks"
import {
  accountKeyString,
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
  WalletBalance,
  WalletModuleOptions,
} from "./ledger-types"

type Knex = ReturnType<EntityManager["getKnex"]>

type AccountRow = LedgerAccountKey & { id: string; balance: string }

/** What BigNumber columns keep beside the numeric value, as Medusa's DML writes it. */
const rawNumber = (value: { toFixed(): string }) => JSON.stringify({ value: value.toFixed(), precision: 20 })

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
class WalletModuleService extends MedusaService({ LedgerAccount, LedgerTransaction, LedgerEntry }) {
  protected readonly courierCashLimits: CourierCashLimits

  constructor(dependencies: Record<string, unknown>, options: WalletModuleOptions = {}) {
    super(...arguments)
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
   * Posts one balanced transaction, all or nothing, in one database transaction:
   * 1. claims the idempotency key (a replay with the same content answers the
   *    first transaction and writes nothing; with other content, 409);
   * 2. creates the accounts on first use, then locks them in id order, so
   *    concurrent postings on shared accounts queue instead of deadlocking;
   * 3. refuses to take a customer below 0 or a courier below its cash limit (400);
   * 4. writes the entries and the new cached balances.
   */
  @InjectTransactionManager()
  async postTransaction(
    input: PostTransactionInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PostedTransaction> {
    const posting = normalizePosting(input)
    const contentHash = postingContentHash(posting)
    const trx = sharedContext.transactionManager!.getTransactionContext() as Knex

    const transactionId = generateEntityId(undefined, "ltx")
    const {
      rows: [claimed],
    } = await trx.raw(
      `insert into ledger_transaction (id, type, reference_type, reference_id, idempotency_key, content_hash, note, actor_type, actor_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (idempotency_key) where deleted_at is null do nothing
       returning created_at`,
      [
        transactionId,
        posting.type,
        posting.reference_type,
        posting.reference_id,
        posting.idempotency_key,
        contentHash,
        posting.note ?? null,
        posting.actor_type ?? null,
        posting.actor_id ?? null,
      ]
    )
    if (!claimed) {
      const [existing] = await this.transactionViews(trx, "t.idempotency_key = ?", [posting.idempotency_key])
      if (existing.content_hash !== contentHash) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `The idempotency key ${posting.idempotency_key} was already used for a different posting (${existing.id}).`
        )
      }
      return { transaction: existing, created: false }
    }

    const keys = distinctAccounts(posting.entries)
    await trx.raw(
      `insert into ledger_account (id, owner_type, owner_id, currency_code, balance, raw_balance)
       values ${keys.map(() => "(?, ?, ?, ?, 0, ?)").join(", ")}
       on conflict (owner_type, owner_id, currency_code) where deleted_at is null do nothing`,
      keys.flatMap((key) => [generateEntityId(undefined, "lacc"), key.owner_type, key.owner_id, key.currency_code, rawNumber(MathBN.convert(0))])
    )
    const { rows: accounts } = (await trx.raw(
      `select id, owner_type, owner_id, currency_code, balance from ledger_account
        where (owner_type, owner_id, currency_code) in (${keys.map(() => "(?, ?, ?)").join(", ")}) and deleted_at is null
        order by id
        for update`,
      keys.flatMap((key) => [key.owner_type, key.owner_id, key.currency_code])
    )) as { rows: AccountRow[] }
    const accountByKey = new Map(accounts.map((account) => [accountKeyString(account), account]))

    const now = new Date()
    const changes = changesByAccount(posting.entries, now)
    const pending = await this.pendingTotals(
      trx,
      // Only a debited account with a floor needs what it has pending.
      accounts.filter((account) => ["customer", "courier"].includes(account.owner_type)).map((account) => account.id)
    )
    const newBalances: { id: string; balance: ReturnType<typeof MathBN.convert> }[] = []
    for (const account of accounts) {
      const change = changes.get(accountKeyString(account))!
      const balance = MathBN.add(account.balance, change.total)
      const available = MathBN.sub(balance, MathBN.add(pending.get(account.id) ?? 0, change.pending))
      const refusal = floorViolation(account, { balance, available }, change.total, this.courierCashLimits)
      if (refusal) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
      }
      newBalances.push({ id: account.id, balance })
    }

    const entryRows = posting.entries.map((entry) => ({
      id: generateEntityId(undefined, "lent"),
      account: accountByKey.get(accountKeyString(entry))!,
      entry,
    }))
    const { rows: written } = (await trx.raw(
      `insert into ledger_entry (id, transaction_id, account_id, amount, raw_amount, currency_code, available_at)
       values ${entryRows.map(() => "(?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()))").join(", ")}
       returning id, available_at`,
      entryRows.flatMap(({ id, account, entry }) => [
        id,
        transactionId,
        account.id,
        entry.amount.toFixed(),
        rawNumber(entry.amount),
        entry.currency_code,
        entry.available_at ? entry.available_at.toISOString() : null,
      ])
    )) as { rows: { id: string; available_at: Date }[] }
    const availableAtById = new Map(written.map((row) => [row.id, row.available_at]))

    await trx.raw(
      `update ledger_account as account
          set balance = change.balance::numeric, raw_balance = change.raw_balance::jsonb, updated_at = now()
         from (values ${newBalances.map(() => "(?, ?, ?)").join(", ")}) as change (id, balance, raw_balance)
        where account.id = change.id`,
      newBalances.flatMap(({ id, balance }) => [id, balance.toFixed(), rawNumber(balance)])
    )

    return {
      created: true,
      transaction: {
        id: transactionId,
        type: posting.type,
        reference_type: posting.reference_type,
        reference_id: posting.reference_id,
        idempotency_key: posting.idempotency_key,
        content_hash: contentHash,
        note: posting.note ?? null,
        actor_type: posting.actor_type ?? null,
        actor_id: posting.actor_id ?? null,
        created_at: claimed.created_at,
        entries: entryRows.map(({ id, account, entry }) => ({
          id,
          account_id: account.id,
          owner_type: account.owner_type,
          owner_id: account.owner_id,
          currency_code: account.currency_code,
          amount: entry.amount.toNumber(),
          available_at: availableAtById.get(id)!,
        })),
      },
    }
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
    return new Map(
      rows.map((row) => {
        const pendingAmount = MathBN.convert(pending.get(row.id) ?? 0)
        return [
          row.id,
          {
            currency_code: row.currency_code,
            balance: MathBN.convert(row.balance).toNumber(),
            available: MathBN.sub(row.balance, pendingAmount).toNumber(),
            pending: pendingAmount.toNumber(),
            // Disputes will hold money here; nothing freezes it yet.
            frozen: 0,
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

import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { WALLET_MODULE } from ".."
import { platformAccount, type PostTransactionInput } from "../ledger-types"
import type WalletModuleService from "../service"
import { expectLedgerInvariants } from "./ledger-invariants"

jest.setTimeout(120 * 1000)

const customer = (id: string, currency_code = "syp") => ({ owner_type: "customer" as const, owner_id: id, currency_code })
const courier = (id: string, currency_code = "syp") => ({ owner_type: "courier" as const, owner_id: id, currency_code })
const clearing = (currency_code = "syp") => platformAccount("clearing", currency_code)

let sequence = 0
/** Moves `amount` from `from` to `to`, under a fresh key unless one is given. */
function transfer(from: any, to: any, amount: number | string, overrides: Partial<PostTransactionInput> = {}): PostTransactionInput {
  sequence += 1
  return {
    type: "adjustment",
    reference_type: "test",
    reference_id: `ref_${sequence}`,
    idempotency_key: `key_${sequence}_${Math.random().toString(36).slice(2)}`,
    entries: [
      { ...from, amount: -Number(amount) },
      { ...to, amount },
    ],
    ...overrides,
  }
}

moduleIntegrationTestRunner<WalletModuleService>({
  moduleName: WALLET_MODULE,
  resolve: "./src/modules/wallet",
  // The hand-written migration, so its append-only triggers are under test too.
  pathToMigrations: path.join(__dirname, "../migrations"),
  moduleOptions: { courier_cash_limit: { syp: 1000 } },
  testSuite: ({ service, MikroOrmWrapper }) => {
    // Every test ends on the invariants (the runner's own afterEach has shut the module down by afterEach time).
    const it = (name: string, body: () => Promise<void>) =>
      global.it(name, async () => {
        await body()
        await expectLedgerInvariants(service)
      })

    it("posts a balanced transaction, creating the accounts on first use", async () => {
      const { transaction, created } = await service.postTransaction(transfer(clearing(), customer("cus_a"), 250))
      expect(created).toBe(true)
      expect(transaction.entries.map((entry) => [entry.owner_type, entry.owner_id, entry.amount]).sort()).toEqual([
        ["customer", "cus_a", 250],
        ["platform", "clearing", -250],
      ])
      expect(await service.walletOf(customer("cus_a"))).toEqual({ currency_code: "syp", balance: 250, available: 250, pending: 0, frozen: 0 })
      expect((await service.walletOf(clearing())).balance).toEqual(-250)
      expect(await service.walletOf(customer("cus_nobody"))).toMatchObject({ balance: 0, available: 0 })
    })

    it("refuses unbalanced, single, zero and over-precise entries, writing nothing", async () => {
      const unbalanced = transfer(clearing(), customer("cus_b"), 10)
      unbalanced.entries[1].amount = 11
      await expect(service.postTransaction(unbalanced)).rejects.toThrow(/sum to zero in each currency; they sum to 1 SYP/)
      const mixed = transfer(clearing("usd"), customer("cus_b", "syp"), 10)
      await expect(service.postTransaction(mixed)).rejects.toThrow(/sum to zero/)
      const single = transfer(clearing(), customer("cus_b"), 10)
      single.entries = single.entries.slice(1)
      await expect(service.postTransaction(single)).rejects.toThrow(/at least two entries/)
      await expect(service.postTransaction(transfer(clearing(), customer("cus_b"), 0))).rejects.toThrow(/amount must not be 0/)
      await expect(service.postTransaction(transfer(clearing(), customer("cus_b"), 1.5))).rejects.toThrow(/more decimals than SYP allows \(0\)/)
      await expect(service.postTransaction(transfer(clearing("usd"), customer("cus_b", "usd"), "1.005"))).rejects.toThrow(/USD allows \(2\)/)
      expect(await service.listLedgerTransactions({})).toEqual([])
      expect(await service.listLedgerAccounts({})).toEqual([])
      // Two currencies, each balanced, in one transaction.
      const exchange = await service.postTransaction({
        ...transfer(clearing(), customer("cus_b"), 100),
        entries: [
          { ...clearing("syp"), amount: -100 },
          { ...customer("cus_b", "syp"), amount: 100 },
          { ...clearing("usd"), amount: "0.25" },
          { ...customer("cus_b", "usd"), amount: "-0.25" },
        ],
      }).catch((error) => error)
      // The customer has no dollars to give: refused as a whole, even the pound side.
      expect(exchange.message).toMatch(/cus_b has 0 USD available; this takes 0.25 USD, 0.25 USD short/)
      expect((await service.walletOf(customer("cus_b"))).balance).toEqual(0)
    })

    it("answers a replayed idempotency key with the first transaction and changes nothing", async () => {
      const posting = transfer(clearing(), customer("cus_c"), 40)
      const first = await service.postTransaction(posting)
      const replays = await Promise.all([1, 2, 3].map(() => service.postTransaction({ ...posting, note: "retried" })))
      for (const replay of replays) {
        expect(replay.created).toBe(false)
        expect(replay.transaction.id).toEqual(first.transaction.id)
      }
      // Entries in another order are the same posting.
      const reordered = await service.postTransaction({ ...posting, entries: [...posting.entries].reverse() })
      expect(reordered.transaction.id).toEqual(first.transaction.id)
      expect((await service.walletOf(customer("cus_c"))).balance).toEqual(40)
      expect(await service.listLedgerTransactions({})).toHaveLength(1)

      const different = { ...posting, entries: [{ ...clearing(), amount: -41 }, { ...customer("cus_c"), amount: 41 }] }
      await expect(service.postTransaction(different)).rejects.toMatchObject({ type: "conflict" })
      expect((await service.walletOf(customer("cus_c"))).balance).toEqual(40)
    })

    it("takes a customer to exactly 0 under 200 concurrent debits of 1 against 100", async () => {
      await service.postTransaction(transfer(clearing(), customer("cus_hot"), 100))
      const outcomes = await Promise.allSettled(
        Array.from({ length: 200 }, () => service.postTransaction(transfer(customer("cus_hot"), clearing(), 1)))
      )
      const succeeded = outcomes.filter((outcome) => outcome.status === "fulfilled")
      const refused = outcomes.filter((outcome) => outcome.status === "rejected") as PromiseRejectedResult[]
      expect(succeeded).toHaveLength(100)
      expect(refused).toHaveLength(100)
      for (const { reason } of refused) {
        expect(reason.message).toMatch(/cus_hot has 0 SYP available; this takes 1 SYP, 1 SYP short/)
      }
      expect(await service.walletOf(customer("cus_hot"))).toMatchObject({ balance: 0, available: 0 })
      expect((await service.walletOf(clearing())).balance).toEqual(0)
    })

    it("does not let a customer spend money that is still pending", async () => {
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
      await service.postTransaction({
        ...transfer(clearing(), customer("cus_d"), 0),
        entries: [
          { ...clearing(), amount: -80 },
          { ...customer("cus_d"), amount: 50 },
          { ...customer("cus_d"), amount: 30, available_at: tomorrow },
        ],
      })
      expect(await service.walletOf(customer("cus_d"))).toEqual({ currency_code: "syp", balance: 80, available: 50, pending: 30, frozen: 0 })
      await expect(service.postTransaction(transfer(customer("cus_d"), clearing(), 60))).rejects.toThrow(/has 50 SYP available; this takes 60 SYP, 10 SYP short/)
      await service.postTransaction(transfer(customer("cus_d"), clearing(), 50))
      expect(await service.walletOf(customer("cus_d"))).toMatchObject({ balance: 30, available: 0, pending: 30 })
    })

    it("lets a courier owe up to its cash limit, and no further", async () => {
      await service.postTransaction(transfer(courier("cou_1"), clearing(), 900))
      await expect(service.postTransaction(transfer(courier("cou_1"), clearing(), 101))).rejects.toThrow(
        /courier cou_1 may owe at most 1000 SYP \(COURIER_CASH_LIMIT\); this takes 101 SYP from -900 SYP, 1 SYP over the limit/
      )
      await service.postTransaction(transfer(courier("cou_1"), clearing(), 100))
      expect((await service.walletOf(courier("cou_1"))).balance).toEqual(-1000)
      // No limit in a currency that is not configured: not a cent.
      await expect(service.postTransaction(transfer(courier("cou_1", "usd"), clearing("usd"), "0.01"))).rejects.toThrow(/at most 0 USD/)
      // Handing cash in is always allowed.
      await service.postTransaction(transfer(clearing(), courier("cou_1"), 400))
      expect((await service.walletOf(courier("cou_1"))).balance).toEqual(-600)
    })

    it("always records cash a courier has collected, even past its limit, and then refuses it anything else", async () => {
      await service.postTransaction(transfer(courier("cou_2"), clearing(), 900, { type: "cash_collection" }))
      await service.postTransaction(transfer(courier("cou_2"), clearing(), 700, { type: "cash_collection" }))
      expect((await service.walletOf(courier("cou_2"))).balance).toEqual(-1600)
      expect(service.courierCashLimit("SYP")).toEqual(1000)
      await expect(service.postTransaction(transfer(courier("cou_2"), clearing(), 1))).rejects.toThrow(/may owe at most 1000 SYP/)
    })

    it("lists an account's transactions newest first with its own entries only", async () => {
      for (const amount of [10, 20, 30]) {
        await service.postTransaction(transfer(clearing(), customer("cus_e"), amount))
      }
      await service.postTransaction(transfer(clearing(), customer("cus_other"), 5))
      const account = await service.findAccount(customer("cus_e"))
      const [page, count] = await service.listAccountTransactions(account!.id, { take: 2 })
      expect(count).toEqual(3)
      expect(page.map((transaction) => transaction.entries.map((entry) => entry.amount))).toEqual([[30], [20]])
      const [oldest] = await service.listAccountTransactions(account!.id, { take: 1, oldestFirst: true })
      expect(oldest[0].entries[0]).toMatchObject({ amount: 10, owner_id: "cus_e" })
    })

    it("refuses to change or delete ledger rows, in the service and in the database", async () => {
      const { transaction } = await service.postTransaction(transfer(clearing(), customer("cus_f"), 7))
      const entryId = transaction.entries[0].id
      await expect((service as any).updateLedgerEntries({ id: entryId, amount: 8 })).rejects.toThrow(/append-only/)
      await expect((service as any).deleteLedgerEntries(entryId)).rejects.toThrow(/append-only/)
      await expect((service as any).softDeleteLedgerTransactions(transaction.id)).rejects.toThrow(/append-only/)
      await expect((service as any).updateLedgerAccounts({ id: transaction.entries[0].account_id, balance: 1e6 })).rejects.toThrow(/append-only/)
      const knex = MikroOrmWrapper.getManager().getKnex()
      await expect(knex.raw(`update ledger_entry set amount = 8 where id = ?`, [entryId])).rejects.toThrow(/append-only/)
      await expect(knex.raw(`delete from ledger_transaction where id = ?`, [transaction.id])).rejects.toThrow(/append-only/)
    })

    it("reports a broken invariant", async () => {
      await service.postTransaction(transfer(clearing(), customer("cus_g"), 5))
      const knex = MikroOrmWrapper.getManager().getKnex()
      await knex.raw(`update ledger_account set balance = balance + 1 where owner_id = 'cus_g'`)
      const report = await service.checkLedger()
      expect(report.ok).toBe(false)
      expect(report.checks.find((check) => check.name === "cached_balances_match")).toMatchObject({ ok: false, failures: 1 })
      await knex.raw(`update ledger_account set balance = balance - 1 where owner_id = 'cus_g'`)
    })
  },
})

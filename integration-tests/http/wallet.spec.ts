import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { WALLET_MODULE } from "../../src/modules/wallet"
import { platformAccount } from "../../src/modules/wallet/ledger-types"
import type WalletModuleService from "../../src/modules/wallet/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { postLedgerTransactionStep } from "../../src/workflows/wallet/steps/post-ledger-transaction"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, registerVendor, settled } from "../helpers/actors"

jest.setTimeout(300 * 1000)

// A workflow that posts and then fails, to watch the posting's compensation.
const failAfterPosting = createStep("wallet-spec-fail-after-posting", async () => {
  throw new Error("Something after the posting failed.")
})
const postThenFail = createWorkflow("wallet-spec-post-then-fail", (input: any) => {
  const posted = postLedgerTransactionStep(input)
  failAfterPosting()
  return new WorkflowResponse(posted)
})

let unique = 0
const nextId = () => `${Date.now()}-${++unique}`

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string

    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })
    const wallet = () => getContainer().resolve<WalletModuleService>(WALLET_MODULE)

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    async function shopper() {
      const token = await customerToken(api, publishableKey, `wallet-${nextId()}@example.com`)
      const { data } = await api.get("/store/customers/me", store(token))
      return { token, id: data.customer.id as string }
    }

    /** Money that reached an owner's wallet the way the ledger will move it (from clearing). */
    async function credit(owner_type: "customer" | "vendor", owner_id: string, amount: number, available_at?: Date) {
      const { transaction } = await wallet().postTransaction({
        type: owner_type === "customer" ? "refund" : "settlement",
        reference_type: "order",
        reference_id: `order_${nextId()}`,
        idempotency_key: `test:${nextId()}`,
        entries: [
          { ...platformAccount("clearing", "syp"), amount: -amount },
          { owner_type, owner_id, currency_code: "syp", amount, available_at },
        ],
      })
      return transaction
    }

    async function accountOf(owner_type: string, owner_id: string) {
      const { data } = await api.get(`/admin/wallets?owner_type=${owner_type}&owner_id=${owner_id}`, bearer(admin))
      return data.wallets[0]
    }

    /** Ends every money test: GET /admin/ledger/check holds. */
    async function expectLedgerHolds() {
      const { data } = await api.get("/admin/ledger/check", bearer(admin))
      expect(data.checks.filter((check: any) => !check.ok)).toEqual([])
      expect(data.ok).toBe(true)
    }

    describe("GET /store/wallet and /store/wallet/transactions", () => {
      it("shows the signed-in customer's wallet and what moved it, newest first", async () => {
        const customer = await shopper()
        const empty = await api.get("/store/wallet", store(customer.token))
        expect(empty.data).toEqual({ wallet: { currency_code: "syp", balance: 0, available: 0, pending: 0, frozen: 0 } })
        expect((await api.get("/store/wallet/transactions", store(customer.token))).data).toEqual({ transactions: [], count: 0, offset: 0, limit: 20 })

        const first = await credit("customer", customer.id, 300)
        const second = await credit("customer", customer.id, 200)
        const { data } = await api.get("/store/wallet", store(customer.token))
        expect(data.wallet).toEqual({ currency_code: "syp", balance: 500, available: 500, pending: 0, frozen: 0 })

        const { data: page } = await api.get("/store/wallet/transactions?limit=1", store(customer.token))
        expect(page).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(page.transactions).toEqual([
          {
            id: second.id,
            type: "refund",
            reference_type: "order",
            reference_id: second.reference_id,
            created_at: expect.any(String),
            currency_code: "syp",
            amount: 200,
            // Only this wallet's side: the platform's entry is not shown.
            entries: [{ id: expect.any(String), amount: 200, available_at: expect.any(String) }],
          },
        ])
        const { data: oldest } = await api.get("/store/wallet/transactions?order=created_at&fields=id,amount", store(customer.token))
        expect(oldest.transactions).toEqual([
          { id: first.id, amount: 300 },
          { id: second.id, amount: 200 },
        ])
        // Fields outside the wallet view (the other side, internal notes) are refused by name, as on every Daraa list.
        const { data: narrowed } = await api.get("/store/wallet/transactions?fields=id,entries.amount", store(customer.token))
        expect(narrowed.transactions[0]).toEqual({ id: second.id, entries: [{ amount: 200 }] })
        const outside = await attempt(api.get("/store/wallet/transactions?fields=id,note,entries.account_id", store(customer.token)))
        expect([outside.status, outside.data.message]).toEqual([400, expect.stringMatching(/unknown fields 'note', 'entries.account_id'/)])
        const { data: dollars } = await api.get("/store/wallet?currency_code=USD", store(customer.token))
        expect(dollars.wallet).toMatchObject({ currency_code: "usd", balance: 0 })
        await expectLedgerHolds()
      })

      it("answers 400 naming the parameter", async () => {
        const customer = await shopper()
        const cases: [string, RegExp][] = [
          ["/store/wallet?currency_code=pounds", /currency_code/],
          ["/store/wallet?currency_code=eur", /currency_code must be one of the store's currencies/],
          ["/store/wallet?owner_id=cus_other", /owner_id/],
          ["/store/wallet/transactions?order=amount", /order must be one of created_at, -created_at; got 'amount'/],
          ["/store/wallet/transactions?limit=0", /limit/],
        ]
        for (const [path, message] of cases) {
          const response = await attempt(api.get(path, store(customer.token)))
          expect([path, response.status]).toEqual([path, 400])
          expect(response.data.message).toMatch(message)
        }
      })

      it("shows a customer nothing of another customer's wallet", async () => {
        const owner = await shopper()
        const other = await shopper()
        await credit("customer", owner.id, 70)
        expect((await api.get("/store/wallet", store(other.token))).data.wallet.balance).toEqual(0)
        expect((await api.get("/store/wallet/transactions", store(other.token))).data.count).toEqual(0)
        // There is no way to name another owner: the routes take none.
        expect((await attempt(api.get(`/store/wallet/transactions?owner_id=${owner.id}`, store(other.token)))).status).toEqual(400)
      })

      it("answers 401 without a customer token", async () => {
        const vendor = await registerVendor(api)
        for (const path of ["/store/wallet", "/store/wallet/transactions"]) {
          for (const token of [undefined, vendor.token, admin]) {
            expect([path, (await attempt(api.get(path, store(token)))).status]).toEqual([path, 401])
          }
        }
      })
    })

    describe("GET /vendor/wallet and /vendor/wallet/transactions", () => {
      it("shows the vendor's earnings, pending until they are released", async () => {
        const { vendor, token } = await registerVendor(api)
        expect((await api.get("/vendor/wallet", bearer(token))).data.wallet).toEqual({
          currency_code: "syp",
          balance: 0,
          available: 0,
          pending: 0,
          frozen: 0,
        })
        await credit("vendor", vendor.id, 900)
        const held = await credit("vendor", vendor.id, 450, new Date(Date.now() + 7 * 24 * 3600 * 1000))
        const { data } = await api.get("/vendor/wallet", bearer(token))
        expect(data.wallet).toEqual({ currency_code: "syp", balance: 1350, available: 900, pending: 450, frozen: 0 })
        const { data: list } = await api.get("/vendor/wallet/transactions", bearer(token))
        expect(list.count).toEqual(2)
        expect(list.transactions[0]).toMatchObject({ id: held.id, type: "settlement", amount: 450 })
        expect(new Date(list.transactions[0].entries[0].available_at).getTime()).toBeGreaterThan(Date.now())
        await expectLedgerHolds()
      })

      it("lets the owner and managers read money, not staff", async () => {
        const owner = await registerVendor(api)
        await credit("vendor", owner.vendor.id, 100)
        const member = async (role: "manager" | "staff") => {
          const email = `${role}-${nextId()}@example.com`
          const { data: invited } = await api.post("/vendor/invites", { email, role }, bearer(owner.token))
          const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "member-password" })
          await api.post("/vendor/invites/accept", { token: invited.invite.token }, bearer(registration.token))
          const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
          return refreshed.token as string
        }
        const manager = await member("manager")
        expect((await api.get("/vendor/wallet", bearer(manager))).data.wallet.balance).toEqual(100)
        const staff = await member("staff")
        for (const path of ["/vendor/wallet", "/vendor/wallet/transactions"]) {
          const refused = await attempt(api.get(path, bearer(staff)))
          expect([path, refused.status]).toEqual([path, 403])
          expect(refused.data.message).toMatch(/owner or a manager/)
        }
      })

      it("shows a vendor only its own wallet, and answers 400 naming bad parameters", async () => {
        const rich = await registerVendor(api)
        const other = await registerVendor(api)
        await credit("vendor", rich.vendor.id, 500)
        expect((await api.get("/vendor/wallet", bearer(other.token))).data.wallet.balance).toEqual(0)
        expect((await api.get("/vendor/wallet/transactions", bearer(other.token))).data.transactions).toEqual([])
        const bad = await attempt(api.get(`/vendor/wallet?vendor_id=${rich.vendor.id}`, bearer(other.token)))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toMatch(/vendor_id/)
        const currency = await attempt(api.get("/vendor/wallet/transactions?currency_code=12", bearer(other.token)))
        expect([currency.status, currency.data.message]).toEqual([400, expect.stringMatching(/currency_code/)])
      })

      it("answers 401 without a vendor token", async () => {
        const customer = await shopper()
        for (const path of ["/vendor/wallet", "/vendor/wallet/transactions"]) {
          for (const token of [null, customer.token, admin]) {
            const response = await attempt(api.get(path, token ? bearer(token) : {}))
            expect([path, response.status]).toEqual([path, 401])
          }
        }
      })
    })

    describe("admin wallets and ledger check", () => {
      it("lists wallets with balances, filtered by owner", async () => {
        const customer = await shopper()
        await credit("customer", customer.id, 120)
        await credit("customer", customer.id, 30, new Date(Date.now() + 3600 * 1000))
        const { data } = await api.get(`/admin/wallets?owner_type=customer&owner_id=${customer.id}`, bearer(admin))
        expect(data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(data.wallets[0]).toMatchObject({
          id: expect.stringMatching(/^lacc_/),
          owner_type: "customer",
          owner_id: customer.id,
          currency_code: "syp",
          balance: 150,
          available: 120,
          pending: 30,
          frozen: 0,
        })
        const { data: platform } = await api.get("/admin/wallets?owner_type=platform&owner_id=clearing&currency_code=SYP", bearer(admin))
        expect(platform.wallets).toHaveLength(1)
        expect(platform.wallets[0].balance).toBeLessThan(0)

        const bad = await attempt(api.get("/admin/wallets?owner_type=bank", bearer(admin)))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/owner_type must be one of customer, vendor/)])
        await expectLedgerHolds()
      })

      it("adjusts a wallet against the platform's adjustments account, once per idempotency key", async () => {
        const customer = await shopper()
        await credit("customer", customer.id, 100)
        const account = await accountOf("customer", customer.id)
        const { data: me } = await api.get("/admin/users/me", bearer(admin))
        const headers = { headers: { ...bearer(admin).headers, "idempotency-key": `goodwill-${nextId()}` } }

        const { data } = await api.post(`/admin/wallets/${account.id}/adjustments`, { amount: 25, reason: "Late delivery, goodwill" }, headers)
        expect(data.wallet).toEqual({ id: account.id, currency_code: "syp", balance: 125, available: 125, pending: 0, frozen: 0 })
        expect(data.transaction).toMatchObject({ type: "adjustment", note: "Late delivery, goodwill", actor_type: "user", actor_id: me.user.id })
        expect(data.transaction.entries.map((entry: any) => [entry.owner_type, entry.owner_id, entry.amount]).sort()).toEqual([
          ["customer", customer.id, 25],
          ["platform", "adjustments", -25],
        ])

        // A retried request answers the first adjustment; the same key for another amount is a conflict.
        const { data: replay } = await api.post(`/admin/wallets/${account.id}/adjustments`, { amount: 25, reason: "Late delivery, goodwill" }, headers)
        expect(replay.transaction.id).toEqual(data.transaction.id)
        const reused = await attempt(api.post(`/admin/wallets/${account.id}/adjustments`, { amount: 26, reason: "Late delivery, goodwill" }, headers))
        expect(reused.status).toEqual(409)
        expect(reused.data.message).toMatch(/already used for a different posting/)
        expect((await api.get("/store/wallet", store(customer.token))).data.wallet.balance).toEqual(125)

        const debit = await api.post(`/admin/wallets/${account.id}/adjustments`, { amount: -125, reason: "Refund sent by bank" }, bearer(admin))
        expect(debit.data.wallet.balance).toEqual(0)
        await expectLedgerHolds()
      })

      it("refuses an adjustment that would take a customer below 0, naming the shortfall", async () => {
        const customer = await shopper()
        await credit("customer", customer.id, 40)
        const account = await accountOf("customer", customer.id)
        const refused = await attempt(api.post(`/admin/wallets/${account.id}/adjustments`, { amount: -50, reason: "Chargeback" }, bearer(admin)))
        expect(refused.status).toEqual(400)
        expect(refused.data.message).toEqual(`The customer wallet ${customer.id} has 40 SYP available; this takes 50 SYP, 10 SYP short.`)
        expect((await api.get("/store/wallet", store(customer.token))).data.wallet.balance).toEqual(40)

        // Parallel debits of 10 against 40: exactly four go through.
        const outcomes = await Promise.all(
          settled(Array.from({ length: 10 }, () => api.post(`/admin/wallets/${account.id}/adjustments`, { amount: -10, reason: "Chargeback" }, bearer(admin))))
        )
        expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([200, 200, 200, 200, 400, 400, 400, 400, 400, 400])
        expect((await api.get("/store/wallet", store(customer.token))).data.wallet).toMatchObject({ balance: 0, available: 0 })
        await expectLedgerHolds()
      })

      it("answers 400 naming the field, and 404 for an unknown wallet", async () => {
        const customer = await shopper()
        await credit("customer", customer.id, 10)
        const account = await accountOf("customer", customer.id)
        const url = `/admin/wallets/${account.id}/adjustments`
        const cases: [unknown, RegExp][] = [
          [{ amount: 5 }, /reason/],
          [{ amount: 5, reason: "ok" }, /reason.*at least: '3'/],
          [{ reason: "Goodwill" }, /amount/],
          [{ amount: "5", reason: "Goodwill" }, /amount/],
          [{ amount: 0, reason: "Goodwill" }, /amount must not be 0/],
          [{ amount: 1e15, reason: "Goodwill" }, /amount must be at most/],
          [{ amount: 1.5, reason: "Goodwill" }, /amount 1.5 has more decimals than SYP allows/],
          [{ amount: 5, reason: "Goodwill", owner_id: "cus_x" }, /owner_id/],
        ]
        for (const [body, message] of cases) {
          const response = await attempt(api.post(url, body, bearer(admin)))
          expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400])
          expect(response.data.message).toMatch(message)
        }
        const unknown = await attempt(api.post("/admin/wallets/lacc_nope/adjustments", { amount: 5, reason: "Goodwill" }, bearer(admin)))
        expect(unknown.status).toEqual(404)
        // The adjustments account exists from the first adjustment on; it cannot adjust itself.
        await api.post(url, { amount: 1, reason: "Rounding difference" }, bearer(admin))
        const adjustments = await accountOf("platform", "adjustments")
        const self = await attempt(api.post(`/admin/wallets/${adjustments.id}/adjustments`, { amount: 5, reason: "Goodwill" }, bearer(admin)))
        expect([self.status, self.data.message]).toEqual([400, expect.stringMatching(/cannot be adjusted itself/)])
        expect((await api.get("/store/wallet", store(customer.token))).data.wallet.balance).toEqual(11)
        await expectLedgerHolds()
      })

      it("reverses a posting when the workflow that made it rolls back", async () => {
        const customer = await shopper()
        await credit("customer", customer.id, 60)
        const key = `test:${nextId()}`
        const { errors } = await postThenFail(getContainer()).run({
          input: {
            type: "payment",
            reference_type: "order",
            reference_id: "order_rolled_back",
            idempotency_key: key,
            entries: [
              { owner_type: "customer", owner_id: customer.id, currency_code: "syp", amount: -45 },
              { ...platformAccount("clearing", "syp"), amount: 45 },
            ],
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toMatch(/Something after the posting failed/)
        const { data } = await api.get("/store/wallet/transactions", store(customer.token))
        // The payment stays on record, with its reversal after it: entries are never deleted.
        expect(data.transactions.map((transaction: any) => [transaction.type, transaction.amount])).toEqual([
          ["reversal", 45],
          ["payment", -45],
          ["refund", 60],
        ])
        expect((await api.get("/store/wallet", store(customer.token))).data.wallet.balance).toEqual(60)
        const [reversal] = await wallet().listLedgerTransactions({ idempotency_key: `${key}:reversal` })
        expect(reversal).toMatchObject({ type: "reversal", reference_type: "ledger_transaction" })
        await expectLedgerHolds()
      })

      it("reports every invariant from GET /admin/ledger/check", async () => {
        const { data } = await api.get("/admin/ledger/check", bearer(admin))
        expect(data.ok).toBe(true)
        expect(data.checks.map((check: any) => check.name)).toEqual(
          expect.arrayContaining(["transactions_balanced", "customers_not_negative", "cached_balances_match", "idempotency_keys_unique"])
        )
        for (const check of data.checks) {
          expect(check).toEqual({ name: expect.any(String), description: expect.any(String), ok: true, failures: 0, examples: [] })
        }
      })

      it("answers 401 on the admin wallet routes to other actors", async () => {
        const customer = await shopper()
        const vendor = await registerVendor(api)
        for (const token of [null, customer.token, vendor.token]) {
          const headers = token ? bearer(token) : {}
          expect((await attempt(api.get("/admin/wallets", headers))).status).toEqual(401)
          expect((await attempt(api.get("/admin/ledger/check", headers))).status).toEqual(401)
          expect((await attempt(api.post("/admin/wallets/lacc_x/adjustments", { amount: 5, reason: "Goodwill" }, headers))).status).toEqual(401)
        }
      })
    })
  },
})

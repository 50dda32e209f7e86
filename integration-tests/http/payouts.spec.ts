import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import runScheduledPayouts from "../../src/jobs/run-payouts"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import { WALLET_MODULE } from "../../src/modules/wallet"
import { expectLedgerInvariants } from "../../src/modules/wallet/__tests__/ledger-invariants"
import { platformAccount } from "../../src/modules/wallet/ledger-types"
import type WalletModuleService from "../../src/modules/wallet/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, registerCourier, registerVendor, settled } from "../helpers/actors"
import { startFakeStripe, type FakeStripe } from "../fixtures/fake-stripe"

jest.setTimeout(300 * 1000)

const API_KEY = "sk_test_daraa_payout_spec"
const WEBHOOK_SECRET = "whsec_daraa_payout_spec"

// Read by medusa-config.ts when the app boots in this process.
Object.assign(process.env, {
  STRIPE_API_KEY: API_KEY,
  STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  PAYOUT_MINIMUM: "syp:50,usd:1",
  PAYOUT_ENCRYPTION_KEY: "payout-spec-encryption-key-0123456789",
})

let fake: FakeStripe
// Before the app boots: the payout module's Stripe client is pointed at the fake's port.
beforeAll(async () => {
  fake = await startFakeStripe({ apiKey: API_KEY })
  process.env.STRIPE_API_BASE_URL = fake.url
})
afterAll(() => fake.close())

let unique = 0
const nextId = () => `${Date.now().toString(36)}${(++unique).toString(36)}`

const BANK = { account_holder: "Rami Khalil", bank_name: "Bank of Daraa", account_number: "SY21 0000 1111 2222 3333 4444", swift_code: "BODASYDA" }

/**
 * Payouts (docs/payouts.md): the scheduled run, its races, failures that give
 * the money back with a reason, frozen and pending amounts, early requests,
 * the manual rail (CSV export, mark paid) and Stripe Connect (transfers,
 * signed webhook) against a local fake of Stripe's API. Every test ends with
 * the ledger's invariants.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string

    const wallet = () => getContainer().resolve<WalletModuleService>(WALLET_MODULE)
    const payoutModule = () => getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })
    afterEach(async () => {
      await expectLedgerInvariants(wallet())
    })

    /**
     * A settled earning, as the ledger posts it: the payee's net (available at
     * `available_at`, now by default), with the platform's commission (a vendor)
     * or delivery share (a courier), out of clearing.
     */
    async function earn(owner_type: "vendor" | "courier", owner_id: string, net: number, options: { cut?: number; available_at?: Date; order_id?: string } = {}) {
      const cut = options.cut ?? 0
      const reference_id = options.order_id ?? `order_${nextId()}`
      await wallet().postTransaction({
        type: "settlement",
        reference_type: owner_type === "vendor" ? "order" : "delivery",
        reference_id,
        idempotency_key: `payout-spec:${nextId()}`,
        entries: [
          { ...platformAccount("clearing", "syp"), amount: -(net + cut) },
          { owner_type, owner_id, currency_code: "syp", amount: net, available_at: options.available_at ?? null },
          ...(cut ? [{ ...platformAccount(owner_type === "vendor" ? "commission" : "delivery", "syp"), amount: cut }] : []),
        ],
      })
      return reference_id
    }

    async function manualVendor() {
      const vendor = await registerVendor(api)
      await api.post("/vendor/payout-account", { method: "manual", bank_details: BANK }, bearer(vendor.token))
      return vendor
    }

    async function stripeVendor(options: { refuses_transfers?: boolean } = {}) {
      const vendor = await registerVendor(api)
      const account = fake.connectAccount(options)
      await api.post("/vendor/payout-account", { method: "stripe_connect", stripe_account_id: account.id }, bearer(vendor.token))
      return { ...vendor, stripe_account_id: account.id }
    }

    const vendorPayouts = async (token: string) => (await api.get("/vendor/payouts", bearer(token))).data
    const vendorWallet = async (token: string) => (await api.get("/vendor/wallet", bearer(token))).data.wallet
    const runNow = () => api.post("/admin/payouts/run", {}, bearer(admin))
    const ledgerTransactions = async (payoutId: string) =>
      (await wallet().listLedgerTransactions({ reference_type: "payout", reference_id: payoutId }, { select: ["idempotency_key", "type"] }))
        .map((transaction) => transaction.idempotency_key)
        .sort()

    async function invite(ownerToken: string, role: "manager" | "staff") {
      const email = `${role}-${nextId()}@example.com`
      const { data } = await api.post("/vendor/invites", { email, role }, bearer(ownerToken))
      const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "member-password" })
      await api.post("/vendor/invites/accept", { token: data.invite.token, first_name: "Huda" }, bearer(registration.token))
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
      return refreshed.token as string
    }

    async function adminWithRole(role: "finance" | "support" | "operations") {
      const email = `${role}-${nextId()}@daraa.example`
      const password = "admin-password"
      const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email, first_name: role, last_name: "Admin" }])
      const auth = getContainer().resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
      await api.post(`/admin/users/${user.id}/role`, { role }, bearer(admin))
      const { data } = await api.post("/auth/user/emailpass", { email, password })
      return data.token as string
    }

    describe("the scheduled run", () => {
      it("pays each payee's available balance with its per-order breakdown, then a second run pays nothing", async () => {
        const vendor = await manualVendor()
        const order = await earn("vendor", vendor.vendor.id, 300, { cut: 30 })
        await earn("vendor", vendor.vendor.id, 200, { available_at: new Date(Date.now() + 7 * 86400_000) })

        const summary = await runScheduledPayouts(getContainer())
        const [payout] = (await vendorPayouts(vendor.token)).payouts
        expect(summary.payout_ids).toContain(payout.id)
        expect(payout).toMatchObject({ amount: 300, currency_code: "syp", status: "pending", method: "manual", early: false })
        expect(payout.destination_hint).toEqual("Bank of Daraa •••• 4444")
        expect(payout.items).toEqual([
          expect.objectContaining({ reference_type: "order", reference_id: order, gross: 330, commission: 30, fees: 0, net: 300 }),
        ])
        // What the payout took left the balance; the pending 200 stays.
        expect(await vendorWallet(vendor.token)).toMatchObject({ balance: 200, available: 0, pending: 200 })

        const again = await runNow()
        expect(again.data.run.payout_ids).toEqual([])
        const { payouts, count, next_payout_at } = await vendorPayouts(vendor.token)
        expect([payouts.length, count]).toEqual([1, 1])
        // Weekly by default: the next run is within 7 days.
        expect(new Date(next_payout_at).getTime() - Date.now()).toBeLessThanOrEqual(7 * 86400_000)
        expect(new Date(next_payout_at).getTime()).toBeGreaterThan(Date.now())

        // The detail says the same, with the breakdown.
        const { data } = await api.get(`/vendor/payouts/${payout.id}`, bearer(vendor.token))
        expect(data.payout).toMatchObject({ id: payout.id, amount: 300, items: [expect.objectContaining({ net: 300 })] })
      })

      it("opens one payout when two runs race, and the payee's balance is taken once", async () => {
        const vendor = await manualVendor()
        await earn("vendor", vendor.vendor.id, 400)
        const runs = await Promise.all([runNow(), runScheduledPayouts(getContainer()), runNow()])
        const opened = runs.flatMap((run: any) => (run.data?.run ?? run).payout_ids)
        const { payouts } = await vendorPayouts(vendor.token)
        expect(payouts.map((payout: any) => payout.amount)).toEqual([400])
        expect(opened.filter((id: string) => id === payouts[0].id)).toHaveLength(1)
        expect(await vendorWallet(vendor.token)).toMatchObject({ balance: 0, available: 0 })
        expect(await ledgerTransactions(payouts[0].id)).toEqual([`payout:${payouts[0].id}:reserve`])
      })

      it("skips frozen and pending amounts, and pays them once released and available", async () => {
        const vendor = await manualVendor()
        const disputed = await earn("vendor", vendor.vendor.id, 100)
        const clear = await earn("vendor", vendor.vendor.id, 150)
        await earn("vendor", vendor.vendor.id, 80, { available_at: new Date(Date.now() + 86400_000) })
        await wallet().freezeAmount({
          owner_type: "vendor",
          owner_id: vendor.vendor.id,
          currency_code: "syp",
          amount: 100,
          reason: "Dispute opened on the order",
          reference_type: "order",
          reference_id: disputed,
        })
        expect(await vendorWallet(vendor.token)).toMatchObject({ balance: 330, available: 150, pending: 80, frozen: 100 })

        await runNow()
        const [first] = (await vendorPayouts(vendor.token)).payouts
        expect(first.amount).toEqual(150)
        expect(first.items.map((item: any) => item.reference_id)).toEqual([clear])

        await api.post(`/admin/payouts/${first.id}/mark-paid`, { reference: "BANK-REF-1" }, bearer(admin))
        await wallet().releaseFreeze({ owner_type: "vendor", owner_id: vendor.vendor.id, currency_code: "syp", reference_type: "order", reference_id: disputed })
        await runNow()
        const { payouts } = await vendorPayouts(vendor.token)
        expect(payouts).toHaveLength(2)
        expect(payouts[0]).toMatchObject({ amount: 100, status: "pending", items: [expect.objectContaining({ reference_id: disputed, net: 100 })] })
        expect(await vendorWallet(vendor.token)).toMatchObject({ balance: 80, available: 0, pending: 80, frozen: 0 })
      })

      it("pays nothing below PAYOUT_MINIMUM, and nobody without a payout account", async () => {
        const small = await manualVendor()
        await earn("vendor", small.vendor.id, 49)
        const without = await registerVendor(api)
        await earn("vendor", without.vendor.id, 500)
        await runNow()
        expect((await vendorPayouts(small.token)).payouts).toEqual([])
        expect((await vendorPayouts(without.token)).payouts).toEqual([])
        expect(await vendorWallet(small.token)).toMatchObject({ available: 49 })
      })

      it("pays couriers the same way, and a courier never sees another courier's payouts", async () => {
        const courier = await registerCourier(api)
        const other = await registerCourier(api)
        const bad = await attempt(api.post("/courier/payout-account", { method: "manual", bank_details: { ...BANK, account_number: "12" } }, bearer(courier.token)))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("bank_details.account_number")])
        const { data: saved } = await api.post("/courier/payout-account", { method: "manual", bank_details: BANK }, bearer(courier.token))
        expect(saved.payout_account).toMatchObject({ method: "manual", bank_details: expect.objectContaining({ account_number_last4: "4444" }) })
        const delivery = await earn("courier", courier.courier.id, 90, { cut: 10 })
        await runNow()
        const { data } = await api.get("/courier/payouts", bearer(courier.token))
        expect(data.payouts).toEqual([
          expect.objectContaining({ amount: 90, items: [expect.objectContaining({ reference_type: "delivery", reference_id: delivery, gross: 100, commission: 10, net: 90 })] }),
        ])
        expect((await api.get(`/courier/payouts/${data.payouts[0].id}`, bearer(courier.token))).data.payout.id).toEqual(data.payouts[0].id)
        expect((await attempt(api.get(`/courier/payouts/${data.payouts[0].id}`, bearer(other.token)))).status).toEqual(404)
        expect((await api.get("/courier/payout-account", bearer(other.token))).data.payout_account).toBeNull()
      })
    })

    describe("failures", () => {
      it("returns the funds of a failed manual payout, and the payee reads the reason", async () => {
        const vendor = await manualVendor()
        await earn("vendor", vendor.vendor.id, 250)
        await runNow()
        const [payout] = (await vendorPayouts(vendor.token)).payouts
        const short = await attempt(api.post(`/admin/payouts/${payout.id}/mark-failed`, { reason: "" }, bearer(admin)))
        expect([short.status, short.data.message]).toEqual([400, expect.stringContaining("reason")])

        const { data } = await api.post(`/admin/payouts/${payout.id}/mark-failed`, { reason: "The bank account is closed" }, bearer(admin))
        expect(data.payout).toMatchObject({ status: "failed", failure_reason: "The bank account is closed" })
        const { data: seen } = await api.get(`/vendor/payouts/${payout.id}`, bearer(vendor.token))
        expect(seen.payout).toMatchObject({ status: "failed", failure_reason: "The bank account is closed" })
        expect(await vendorWallet(vendor.token)).toMatchObject({ balance: 250, available: 250 })
        expect(await ledgerTransactions(payout.id)).toEqual([`payout:${payout.id}:reserve`, `payout:${payout.id}:return`])
        // A failed payout cannot be marked paid, nor failed twice with another story.
        expect((await attempt(api.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "LATE-1" }, bearer(admin)))).status).toEqual(409)

        // The owner hears why, in the notification feed.
        const { data: feed } = await api.get("/vendor/notifications", bearer(vendor.token))
        expect(JSON.stringify(feed)).toContain("The bank account is closed")

        // The next run pays the returned funds again, listing the same order.
        await runNow()
        const { payouts } = await vendorPayouts(vendor.token)
        expect(payouts[0]).toMatchObject({ status: "pending", amount: 250, items: [expect.objectContaining({ net: 250 })] })
      })

      it("fails a Stripe payout that Stripe refuses, with Stripe's reason, and the funds come back", async () => {
        const vendor = await stripeVendor({ refuses_transfers: true })
        await earn("vendor", vendor.vendor.id, 120)
        await runNow()
        const [payout] = (await vendorPayouts(vendor.token)).payouts
        expect(payout).toMatchObject({ status: "failed", failure_reason: expect.stringContaining("cannot receive transfers") })
        expect(await vendorWallet(vendor.token)).toMatchObject({ available: 120 })
      })
    })

    describe("early payouts", () => {
      it("lets the owner ask, an admin approve (sent to Stripe), and refuses a second open request", async () => {
        const vendor = await stripeVendor()
        await earn("vendor", vendor.vendor.id, 500, { cut: 50 })
        const { data } = await api.post("/vendor/payouts", {}, bearer(vendor.token))
        expect(data.payout).toMatchObject({ status: "requested", early: true, amount: 500 })
        const again = await attempt(api.post("/vendor/payouts", {}, bearer(vendor.token)))
        expect([again.status, again.data.message]).toEqual([409, expect.stringContaining("already open")])
        // The scheduled run leaves a requested payout to the admins.
        await runNow()
        expect((await vendorPayouts(vendor.token)).count).toEqual(1)

        const pending = await api.get("/admin/payouts?status=requested&early=true", bearer(admin))
        expect(pending.data.payouts.map((payout: any) => payout.id)).toContain(data.payout.id)
        expect(pending.data.payouts.find((payout: any) => payout.id === data.payout.id).payee_name).toEqual(vendor.vendor.name)

        const support = await adminWithRole("support")
        expect((await attempt(api.post(`/admin/payouts/${data.payout.id}/approve`, {}, bearer(support)))).status).toEqual(403)
        const finance = await adminWithRole("finance")
        const { data: approved } = await api.post(`/admin/payouts/${data.payout.id}/approve`, { reason: "Ramadan stock" }, bearer(finance))
        expect(approved.payout).toMatchObject({ status: "processing", decision_reason: "Ramadan stock", provider_reference: expect.stringMatching(/^tr_/) })
        const transfer = fake.transfers.get(approved.payout.provider_reference)!
        expect(transfer).toMatchObject({ amount: 50000, currency: "syp", destination: vendor.stripe_account_id, metadata: { payout_id: data.payout.id } })
        const sends = fake.calls.filter((call) => call.path === "/v1/transfers" && call.form["metadata[payout_id]"] === data.payout.id)
        expect(sends.map((call) => call.idempotency_key)).toEqual([`payout:${data.payout.id}`])
        expect((await attempt(api.post(`/admin/payouts/${data.payout.id}/approve`, {}, bearer(admin)))).status).toEqual(409)
        expect((await attempt(api.post(`/admin/payouts/${data.payout.id}/mark-paid`, { reference: "BANK-9" }, bearer(admin)))).status).toEqual(409)

        const { data: feed } = await api.get("/vendor/notifications", bearer(vendor.token))
        expect(JSON.stringify(feed)).toContain("Early payout approved")
      })

      it("lets an admin reject a request with a reason, and the amount stays the payee's", async () => {
        const courier = await registerCourier(api)
        await api.post("/courier/payout-account", { method: "manual", bank_details: BANK }, bearer(courier.token))
        const nothing = await attempt(api.post("/courier/payouts", {}, bearer(courier.token)))
        expect([nothing.status, nothing.data.message]).toEqual([409, expect.stringContaining("Nothing can be paid out early")])
        await earn("courier", courier.courier.id, 75)
        const { data } = await api.post("/courier/payouts", { currency_code: "syp" }, bearer(courier.token))
        const missing = await attempt(api.post(`/admin/payouts/${data.payout.id}/reject`, {}, bearer(admin)))
        expect([missing.status, missing.data.message]).toEqual([400, expect.stringContaining("reason")])
        const { data: rejected } = await api.post(`/admin/payouts/${data.payout.id}/reject`, { reason: "Wait for the weekly run" }, bearer(admin))
        expect(rejected.payout).toMatchObject({ status: "rejected", decision_reason: "Wait for the weekly run" })
        const { data: seen } = await api.get(`/courier/payouts/${data.payout.id}`, bearer(courier.token))
        expect(seen.payout).toMatchObject({ status: "rejected", decision_reason: "Wait for the weekly run" })
        const { data: balance } = await api.get(`/admin/wallets?owner_type=courier&owner_id=${courier.courier.id}`, bearer(admin))
        expect(balance.wallets[0]).toMatchObject({ balance: 75 })
        expect((await attempt(api.post(`/admin/payouts/${data.payout.id}/reject`, { reason: "Twice" }, bearer(admin)))).status).toEqual(409)
      })
    })

    describe("the manual rail", () => {
      it("exports pending manual payouts as CSV and marks one paid once, however often it is marked", async () => {
        const vendor = await manualVendor()
        await earn("vendor", vendor.vendor.id, 640)
        await runNow()
        const [payout] = (await vendorPayouts(vendor.token)).payouts

        const csv = await api.get("/admin/payouts/export?currency_code=syp", bearer(admin))
        expect(csv.headers["content-type"]).toContain("text/csv")
        const lines = (csv.data as string).trim().split("\r\n")
        expect(lines[0]).toEqual("payout_id,payee_type,payee_id,payee_name,currency_code,amount,account_holder,bank_name,account_number,swift_code,branch,created_at")
        expect(lines.find((line) => line.startsWith(payout.id))).toContain(`${payout.id},vendor,${vendor.vendor.id},`)
        expect(lines.find((line) => line.startsWith(payout.id))).toContain(",SYP,640,Rami Khalil,Bank of Daraa,SY21 0000 1111 2222 3333 4444,BODASYDA,")
        expect((await attempt(api.get("/admin/payouts/export?currency_code=pounds", bearer(admin)))).status).toEqual(400)

        const answers = await Promise.all(settled([1, 2, 3].map(() => api.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "BANK-REF-77" }, bearer(admin)))))
        expect(answers.map((answer: any) => answer.status)).toEqual([200, 200, 200])
        const later = await api.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "ANOTHER-REF" }, bearer(admin))
        expect(later.data.payout).toMatchObject({ status: "paid", provider_reference: "BANK-REF-77" })
        expect(await ledgerTransactions(payout.id)).toEqual([`payout:${payout.id}:reserve`, `payout:${payout.id}:sent`])
        const { data: external } = await api.get("/admin/wallets?owner_type=external&owner_id=payout_manual", bearer(admin))
        expect(external.wallets[0].balance).toBeGreaterThanOrEqual(640)
        // Paid payouts leave the export.
        expect((await api.get("/admin/payouts/export", bearer(admin))).data).not.toContain(payout.id)

        const { data: feed } = await api.get("/vendor/notifications", bearer(vendor.token))
        expect(JSON.stringify(feed)).toContain("BANK-REF-77")
      })
    })

    describe("Stripe Connect", () => {
      it("sends a transfer, then the signed webhook marks it paid once, however often Stripe delivers it", async () => {
        const vendor = await stripeVendor()
        await earn("vendor", vendor.vendor.id, 310)
        await runNow()
        const [payout] = (await vendorPayouts(vendor.token)).payouts
        expect(payout).toMatchObject({ status: "processing", method: "stripe_connect" })
        const transfer = fake.transfers.get(payout.provider_reference)!
        expect(transfer).toMatchObject({ amount: 31000, destination: vendor.stripe_account_id })

        const event = fake.event("transfer.paid", transfer, WEBHOOK_SECRET)
        const post = (body: string, signature: string) =>
          attempt(api.post("/hooks/payouts/stripe", body, { headers: { "content-type": "application/json", "stripe-signature": signature } }))

        const forged = await post(event.payload.replace("31000", "99999"), event.signature)
        expect([forged.status, forged.data.message]).toEqual([400, expect.stringContaining("stripe-signature")])
        expect((await attempt(api.post("/hooks/payouts/stripe", event.payload, { headers: { "content-type": "application/json" } }))).status).toEqual(400)

        const deliveries = await Promise.all([post(event.payload, event.signature), post(event.payload, event.signature)])
        expect(deliveries.map((delivery: any) => delivery.status)).toEqual([200, 200])
        expect(deliveries.filter((delivery: any) => delivery.data.duplicate)).toHaveLength(1)
        const again = await post(event.payload, event.signature)
        expect(again.data).toEqual({ received: true, duplicate: true })

        const { data } = await api.get(`/vendor/payouts/${payout.id}`, bearer(vendor.token))
        expect(data.payout).toMatchObject({ status: "paid", provider_reference: transfer.id })
        expect(await ledgerTransactions(payout.id)).toEqual([`payout:${payout.id}:reserve`, `payout:${payout.id}:sent`])
      })

      it("fails a payout whose transfer Stripe reverses, returning the funds with the reason", async () => {
        const vendor = await stripeVendor()
        await earn("vendor", vendor.vendor.id, 90)
        await runNow()
        const [payout] = (await vendorPayouts(vendor.token)).payouts
        const transfer = fake.transfers.get(payout.provider_reference)!
        const event = fake.event("transfer.reversed", { ...transfer, reversed: true }, WEBHOOK_SECRET)
        const answer = await api.post("/hooks/payouts/stripe", event.payload, {
          headers: { "content-type": "application/json", "stripe-signature": event.signature },
        })
        expect(answer.data).toMatchObject({ received: true, handled: true })
        const { data } = await api.get(`/vendor/payouts/${payout.id}`, bearer(vendor.token))
        expect(data.payout).toMatchObject({ status: "failed", failure_reason: "Stripe reversed the transfer to the connected account." })
        expect(await vendorWallet(vendor.token)).toMatchObject({ available: 90 })
        // An event about something else is acknowledged and changes nothing.
        const other = fake.event("customer.created", { id: "cus_1", object: "customer" }, WEBHOOK_SECRET)
        const ignored = await api.post("/hooks/payouts/stripe", other.payload, { headers: { "content-type": "application/json", "stripe-signature": other.signature } })
        expect(ignored.data).toEqual({ received: true, handled: false })
      })

      it("checks the Stripe account with Stripe before saving it", async () => {
        const vendor = await registerVendor(api)
        const unknown = await attempt(api.post("/vendor/payout-account", { method: "stripe_connect", stripe_account_id: "acct_missing1" }, bearer(vendor.token)))
        expect([unknown.status, unknown.data.message]).toEqual([400, expect.stringContaining("No Stripe account acct_missing1")])
        const inactive = fake.connectAccount({ transfers: "inactive" })
        const notReady = await attempt(api.post("/vendor/payout-account", { method: "stripe_connect", stripe_account_id: inactive.id }, bearer(vendor.token)))
        expect([notReady.status, notReady.data.message]).toEqual([400, expect.stringContaining("cannot receive transfers yet")])
        expect((await api.get("/vendor/payout-account", bearer(vendor.token))).data.payout_account).toBeNull()
      })
    })

    describe("who may see and do what", () => {
      it("keeps the payout account to the owner: managers and staff can neither see nor change it", async () => {
        const owner = await registerVendor(api)
        const manager = await invite(owner.token, "manager")
        const staff = await invite(owner.token, "staff")
        const { data } = await api.post("/vendor/payout-account", { method: "manual", bank_details: BANK }, bearer(owner.token))
        expect(data.payout_account).toMatchObject({
          method: "manual",
          destination_hint: "Bank of Daraa •••• 4444",
          bank_details: { account_holder: "Rami Khalil", bank_name: "Bank of Daraa", account_number_last4: "4444", swift_code: "BODASYDA", branch: null },
        })
        // The full number is never answered, and it is sealed in the database.
        expect(JSON.stringify(data)).not.toContain("2222 3333")
        const [stored] = await payoutModule().listPayoutAccounts({ owner_id: owner.vendor.id })
        expect(stored.bank_details_encrypted).toMatch(/^v1:/)
        expect(stored.bank_details_encrypted).not.toContain("3333")

        for (const token of [manager, staff]) {
          const read = await attempt(api.get("/vendor/payout-account", bearer(token)))
          expect([read.status, read.data.message]).toEqual([403, expect.stringContaining("Only the owner")])
          const write = await attempt(api.post("/vendor/payout-account", { method: "manual", bank_details: { ...BANK, account_number: "SY99 9999 9999" } }, bearer(token)))
          expect(write.status).toEqual(403)
          expect((await attempt(api.post("/vendor/payouts", {}, bearer(token)))).status).toEqual(403)
        }
        // Managers read the payouts; staff do not.
        expect((await api.get("/vendor/payouts", bearer(manager))).status).toEqual(200)
        expect((await attempt(api.get("/vendor/payouts", bearer(staff)))).status).toEqual(403)
        expect((await api.get("/vendor/payout-account", bearer(owner.token))).data.payout_account.bank_details.account_number_last4).toEqual("4444")
      })

      it("answers 404 for another vendor's payout, exactly as for a missing one", async () => {
        const mine = await manualVendor()
        const theirs = await manualVendor()
        await earn("vendor", theirs.vendor.id, 220)
        await runNow()
        const [payout] = (await vendorPayouts(theirs.token)).payouts
        const other = await attempt(api.get(`/vendor/payouts/${payout.id}`, bearer(mine.token)))
        const missing = await attempt(api.get("/vendor/payouts/po_missing", bearer(mine.token)))
        expect([other.status, missing.status]).toEqual([404, 404])
        expect(other.data.message).toEqual(missing.data.message.replace("po_missing", payout.id))
        expect((await vendorPayouts(mine.token)).payouts).toEqual([])
        expect((await attempt(api.get("/admin/payouts/po_missing", bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.post("/admin/payouts/po_missing/mark-paid", { reference: "REF-1" }, bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.post("/admin/payouts/po_missing/approve", {}, bearer(admin)))).status).toEqual(404)
      })

      it("refuses the wrong actors: no token, a customer, a courier on vendor routes, a vendor on admin routes, a support admin's writes", async () => {
        const vendor = await registerVendor(api)
        const courier = await registerCourier(api)
        const customer = await customerToken(api, publishableKey, `payout-${nextId()}@example.com`)
        const vendorRoutes: [string, string][] = [
          ["get", "/vendor/payout-account"],
          ["post", "/vendor/payout-account"],
          ["get", "/vendor/payouts"],
          ["post", "/vendor/payouts"],
          ["get", "/vendor/payouts/po_1"],
        ]
        const courierRoutes = vendorRoutes.map(([method, path]) => [method, path.replace("/vendor", "/courier")] as [string, string])
        const adminRoutes: [string, string][] = [
          ["get", "/admin/payouts"],
          ["get", "/admin/payouts/po_1"],
          ["get", "/admin/payouts/export"],
          ["post", "/admin/payouts/run"],
          ["post", "/admin/payouts/po_1/mark-paid"],
          ["post", "/admin/payouts/po_1/mark-failed"],
          ["post", "/admin/payouts/po_1/approve"],
          ["post", "/admin/payouts/po_1/reject"],
        ]
        const call = (method: string, path: string, token?: string) =>
          attempt(method === "get" ? api.get(path, token ? bearer(token) : {}) : api.post(path, {}, token ? bearer(token) : {}))
        for (const [method, path] of vendorRoutes) {
          for (const token of [undefined, customer, courier.token]) {
            expect([path, (await call(method, path, token)).status]).toEqual([path, 401])
          }
        }
        for (const [method, path] of courierRoutes) {
          for (const token of [undefined, customer, vendor.token]) {
            expect([path, (await call(method, path, token)).status]).toEqual([path, 401])
          }
        }
        for (const [method, path] of adminRoutes) {
          for (const token of [undefined, vendor.token, courier.token]) {
            expect([path, (await call(method, path, token)).status]).toEqual([path, 401])
          }
        }
        const support = await adminWithRole("support")
        const operations = await adminWithRole("operations")
        for (const token of [support, operations]) {
          expect((await attempt(api.post("/admin/payouts/run", {}, bearer(token)))).status).toEqual(403)
          expect((await attempt(api.post("/admin/payouts/po_1/mark-paid", { reference: "REF-1" }, bearer(token)))).status).toEqual(403)
        }
        // Reads are open to every admin role.
        expect((await api.get("/admin/payouts", bearer(support))).status).toEqual(200)
        // An unsigned webhook is refused.
        expect((await attempt(api.post("/hooks/payouts/stripe", { id: "evt_1" }))).status).toEqual(400)
      })

      it("answers 400 naming the field for bad input on every route", async () => {
        const vendor = await registerVendor(api)
        const courier = await registerCourier(api)
        const accountCases: [Record<string, unknown>, RegExp][] = [
          [{}, /method/],
          [{ method: "paypal" }, /method must be manual or stripe_connect/],
          [{ method: "manual" }, /bank_details/],
          [{ method: "manual", bank_details: { ...BANK, account_holder: "" } }, /bank_details, account_holder/],
          [{ method: "manual", bank_details: { ...BANK, swift_code: "XX" } }, /bank_details.swift_code/],
          [{ method: "manual", bank_details: { ...BANK, pin: "1234" } }, /pin/],
          [{ method: "stripe_connect", stripe_account_id: "bank-1" }, /stripe_account_id/],
          [{ method: "stripe_connect", stripe_account_id: "acct_1", bank_details: BANK }, /bank_details/],
        ]
        for (const [prefix, token] of [["/vendor", vendor.token], ["/courier", courier.token]] as const) {
          for (const [body, message] of accountCases) {
            const answer = await attempt(api.post(`${prefix}/payout-account`, body, bearer(token)))
            expect([JSON.stringify(body), answer.status]).toEqual([JSON.stringify(body), 400])
            expect(answer.data.message).toMatch(message)
          }
          const early = await attempt(api.post(`${prefix}/payouts`, { currency_code: "pounds" }, bearer(token)))
          expect([early.status, early.data.message]).toEqual([400, expect.stringContaining("currency_code")])
          const extra = await attempt(api.post(`${prefix}/payouts`, { amount: 5 }, bearer(token)))
          expect([extra.status, extra.data.message]).toEqual([400, expect.stringContaining("amount")])
          const noAccount = await attempt(api.post(`${prefix}/payouts`, {}, bearer(token)))
          expect([noAccount.status, noAccount.data.message]).toEqual([409, expect.stringContaining("no payout account")])
          for (const [path, message] of [
            [`${prefix}/payouts?status=lost`, /status/],
            [`${prefix}/payouts?limit=0`, /limit/],
            [`${prefix}/payouts?order=owner_id`, /order must be one of/],
            [`${prefix}/payouts?fields=bank_details_encrypted`, /unknown field/],
          ] as const) {
            const answer = await attempt(api.get(path, bearer(token)))
            expect([path, answer.status]).toEqual([path, 400])
            expect(answer.data.message).toMatch(message)
          }
        }
        for (const [path, message] of [
          ["/admin/payouts?status=lost", /status/],
          ["/admin/payouts?owner_type=customer", /owner_type/],
          ["/admin/payouts?early=maybe", /early/],
          ["/admin/payouts?fields=open_key", /unknown field/],
        ] as const) {
          const answer = await attempt(api.get(path, bearer(admin)))
          expect([path, answer.status]).toEqual([path, 400])
          expect(answer.data.message).toMatch(message)
        }
        for (const [path, body, message] of [
          ["/admin/payouts/po_1/mark-paid", {}, /reference/],
          ["/admin/payouts/po_1/mark-paid", { reference: "R" }, /reference/],
          ["/admin/payouts/po_1/mark-failed", {}, /reason/],
          ["/admin/payouts/po_1/approve", { amount: 3 }, /amount/],
          ["/admin/payouts/po_1/reject", { reason: 7 }, /reason/],
          ["/admin/payouts/run", { vendor_id: "v" }, /vendor_id/],
        ] as const) {
          const answer = await attempt(api.post(path, body, bearer(admin)))
          expect([path, answer.status]).toEqual([path, 400])
          expect(answer.data.message).toMatch(message)
        }
      })

      it("lists and filters payouts for admins, with the payee's name", async () => {
        const vendor = await manualVendor()
        await earn("vendor", vendor.vendor.id, 130)
        await runNow()
        const { data } = await api.get(`/admin/payouts?owner_type=vendor&owner_id=${vendor.vendor.id}&status=pending`, bearer(admin))
        expect(data).toMatchObject({ count: 1, offset: 0, limit: 20, next_payout_at: expect.any(String) })
        expect(data.payouts[0]).toMatchObject({ owner_type: "vendor", owner_id: vendor.vendor.id, amount: 130, payee_name: vendor.vendor.name })
        const { data: detail } = await api.get(`/admin/payouts/${data.payouts[0].id}`, bearer(admin))
        expect(detail.payout).toMatchObject({ payout_account: expect.objectContaining({ method: "manual", destination_hint: "Bank of Daraa •••• 4444" }) })
        expect(JSON.stringify(detail)).not.toContain("bank_details_encrypted")
        const { data: paid } = await api.get(`/admin/payouts?owner_id=${vendor.vendor.id}&status=paid`, bearer(admin))
        expect(paid.count).toEqual(0)
      })
    })
  },
})

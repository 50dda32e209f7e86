import Medusa from "@medusajs/js-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { WALLET_MODULE } from "../../src/modules/wallet"
import { platformAccount } from "../../src/modules/wallet/ledger-types"
import type WalletModuleService from "../../src/modules/wallet/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, settled } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"

jest.setTimeout(300 * 1000)

const WALLET = "pp_wallet_wallet"
const COD = "pp_cod_cod"

/**
 * The wallet and cash on delivery as payment methods, top-ups, refunds to the
 * wallet and the settlement of vendor orders, through the public routes and
 * the js-sdk (docs/wallet.md). Every test ends on the ledger's invariants.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    let seq = 0
    const nextId = () => `${Date.now().toString(36)}${(seq++).toString(36)}`
    const wallet = () => getContainer().resolve<WalletModuleService>(WALLET_MODULE)
    const store = (token?: string) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    })

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    async function expectLedgerHolds() {
      const { data } = await api.get("/admin/ledger/check", bearer(admin))
      expect(data.checks.filter((check: any) => !check.ok)).toEqual([])
    }

    type Seller = Awaited<ReturnType<typeof sellingVendor>>
    async function sellers(count: number): Promise<Seller[]> {
      const made: Seller[] = []
      for (let index = 0; index < count; index++) {
        const name = `Wallet Shop ${nextId()}`
        made.push(await sellingVendor(api, admin, { name, product: { title: `${name} Zaatar` } }))
      }
      return made
    }

    async function shopper() {
      const email = `wallet-payer-${nextId()}@example.com`
      const token = await customerToken(api, publishableKey, email)
      const { data } = await api.get("/store/customers/me", store(token))
      return { token, email, id: data.customer.id as string }
    }

    /** Money in a customer's wallet, as a refund from clearing would leave it. */
    async function fund(customerId: string, amount: number) {
      await wallet().postTransaction({
        type: "adjustment",
        reference_type: "adjustment",
        reference_id: `fund-${nextId()}`,
        idempotency_key: `wallet-payments-spec:${nextId()}`,
        entries: [
          { ...platformAccount("adjustments", "syp"), amount: -amount },
          { owner_type: "customer", owner_id: customerId, currency_code: "syp", amount },
        ],
      })
    }

    const walletOf = async (token: string) => (await api.get("/store/wallet", store(token))).data.wallet
    const ORDER_FIELDS = "id,total,payment_status,summary,*payment_collections,*payment_collections.payments"
    const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}?fields=${ORDER_FIELDS}`, bearer(admin))).data.order
    const transactionsOf = async (key: string) => (await wallet().findTransactionByKey(key))?.entries ?? null

    /** A cart from the given vendors, with delivery picked and a session on `provider`, ready to complete. */
    async function cartFor(vendors: Seller[], customer: string, provider: string) {
      const lines = vendors.map((vendor) => ({ variant_id: vendor.product.variants[0].id, quantity: 1 }))
      return marketplaceCart(api, publishableKey, lines, customer, { provider_id: provider })
    }

    describe("paying from the wallet (pp_wallet_wallet)", () => {
      it("checks out a 2-vendor cart with the js-sdk's own calls: held, captured once, one payment per vendor order", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        await fund(customer.id, 5000)
        const sdk = new Medusa({
          baseUrl: api.defaults.baseURL as string,
          publishableKey,
          auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
        })
        // The password customerToken registered with.
        await sdk.auth.login("customer", "emailpass", { email: customer.email, password: "shopper-password" })
        const { regions } = await sdk.store.region.list()
        const { cart } = await sdk.store.cart.create({ region_id: regions[0].id })
        for (const vendor of vendors) {
          await sdk.store.cart.createLineItem(cart.id, { variant_id: vendor.product.variants[0].id, quantity: 1 })
        }
        await sdk.store.cart.update(cart.id, {
          shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" },
        })
        const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
        const perVendor = new Map<string, string>()
        for (const option of shipping_options as any[]) {
          if (option.vendor && !perVendor.has(option.vendor.id)) {
            perVendor.set(option.vendor.id, option.id)
          }
        }
        for (const optionId of perVendor.values()) {
          await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId })
        }
        const { cart: ready } = await sdk.store.cart.retrieve(cart.id)
        await sdk.store.payment.initiatePaymentSession(ready, { provider_id: WALLET })
        const placed = (await sdk.store.cart.complete(cart.id)) as any
        expect(placed.type).toEqual("order")
        expect(placed.order_group.orders).toHaveLength(2)

        const total = MathBN.convert(ready.total).toNumber()
        expect(await walletOf(customer.token)).toMatchObject({ balance: 5000 - total, available: 5000 - total })
        for (const { id } of placed.order_group.orders) {
          const order = await adminOrder(id)
          expect(order.payment_status).toEqual("captured")
          expect(order.payment_collections[0].payments[0].provider_id).toEqual(WALLET)
          // The customer's own view says the same.
          const { data } = await api.get(`/store/orders/${id}?fields=${ORDER_FIELDS}`, store(customer.token))
          expect(data.order.payment_status).toEqual("captured")
        }
        // Held once, then captured once, into clearing.
        const { data: moved } = await api.get("/store/wallet/transactions", store(customer.token))
        expect(moved.transactions.map((transaction: any) => [transaction.type, transaction.amount])).toEqual([
          ["hold", -total],
          ["adjustment", 5000],
        ])
        const { data: holds } = await api.get(`/admin/wallets?owner_type=platform&owner_id=wallet_holds&currency_code=syp`, bearer(admin))
        expect(holds.wallets[0].balance).toEqual(0)
        await expectLedgerHolds()
      })

      it("refuses a wallet that cannot cover the cart with a 400 naming the shortfall, and a guest with a 400 asking to sign in", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        await fund(customer.id, 10)
        const short = await attempt(cartFor([vendor], customer.token, WALLET))
        expect(short.status).toEqual(400)
        expect(short.data.message).toMatch(/^Your wallet has 10 SYP available; this payment takes \d+ SYP, \d+ SYP short/)

        const guest = await attempt(cartFor([vendor], undefined as any, WALLET))
        expect([guest.status, guest.data.message]).toEqual([400, expect.stringMatching(/needs a signed-in customer/)])
        expect(await walletOf(customer.token)).toMatchObject({ balance: 10 })
        await expectLedgerHolds()
      })

      it("charges a wallet once when two carts spend the same money at the same moment", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const first = await cartFor([vendor], customer.token, "pp_system_default")
        await fund(customer.id, MathBN.convert(first.cart.total).toNumber())
        const carts = [await cartFor([vendor], customer.token, WALLET), await cartFor([vendor], customer.token, WALLET)]
        const results = await Promise.all(settled(carts.map((cart) => api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers))))
        const placed = results.filter((result) => result.status === 200 && result.data.type === "order")
        expect(placed).toHaveLength(1)
        const refused = results.find((result) => !(result.status === 200 && result.data.type === "order"))!
        expect(JSON.stringify(refused.data)).toMatch(/SYP short/)
        expect(await walletOf(customer.token)).toMatchObject({ balance: 0, available: 0 })
        await expectLedgerHolds()
      })

      it("gives a refund of a wallet-paid order back to the wallet, and tells the customer so", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        await fund(customer.id, 5000)
        const { cartId, headers } = await cartFor([vendor], customer.token, WALLET)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        const orderId = data.order_group.orders[0].id
        const before = (await walletOf(customer.token)).balance

        const refund = await api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 7, note: "A squashed loaf" }, bearer(admin))
        expect(refund.data.vendor_order.summary.refunded_total).toEqual(7)
        expect((await walletOf(customer.token)).balance).toEqual(before + 7)
        expect((await adminOrder(orderId)).payment_status).toEqual("partially_refunded")
        await eventually(
          "the wallet refund in the customer's feed",
          async () => (await api.get("/store/notifications?limit=100", store(customer.token))).data.notifications as any[],
          (feed) => feed.some((entry) => entry.event === "wallet-refund" && entry.resource_id === orderId)
        )
        // The vendor rejecting it gives the rest back to the wallet too.
        await api.post(`/vendor/orders/${orderId}/reject`, { reason: "Out of flour" }, bearer(vendor.token))
        expect((await walletOf(customer.token)).balance).toEqual(5000)
        await expectLedgerHolds()
      })
    })

    describe("cash on delivery (pp_cod_cod)", () => {
      it("goes from checkout to collection to settlement, and a later refund to the wallet takes the vendor's part back", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        const { cartId, headers } = await cartFor(vendors, customer.token, COD)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        const [mine, theirs] = vendors.map((vendor) => data.order_group.orders.find((order: any) => order.vendor.id === vendor.vendor.id))
        const order = await adminOrder(mine.id)
        expect(order.payment_status).toEqual("awaiting")
        const owed = MathBN.convert(order.total).toNumber()

        const collect = (id: string, body: Record<string, unknown>, token: string, actor: "vendor" | "admin") =>
          attempt(api.post(actor === "vendor" ? `/vendor/orders/${id}/cash-collected` : `/admin/vendor-orders/${id}/cash-collected`, body, bearer(token)))
        // Not before the store accepts, another store's order is not found, and only the whole amount.
        expect((await collect(mine.id, { amount: owed }, vendors[0].token, "vendor")).status).toEqual(409)
        await api.post(`/vendor/orders/${mine.id}/accept`, {}, bearer(vendors[0].token))
        expect((await collect(mine.id, { amount: owed }, vendors[1].token, "vendor")).status).toEqual(404)
        const wrong = await collect(mine.id, { amount: owed - 1 }, vendors[0].token, "vendor")
        expect([wrong.status, wrong.data.message]).toEqual([400, `amount ${owed - 1} is not what order ${mine.id} owes: ${owed} SYP, collected in full.`])
        expect((await collect(mine.id, { amount: "all" }, vendors[0].token, "vendor")).status).toEqual(400)
        expect((await collect(mine.id, { amount: owed }, customer.token, "vendor")).status).toEqual(401)

        const collected = await collect(mine.id, { amount: owed }, vendors[0].token, "vendor")
        expect(collected.status).toEqual(200)
        expect((await adminOrder(mine.id)).payment_status).toEqual("captured")
        // The store holds the cash now: it owes the platform the whole amount until settlement pays it its net.
        expect(await transactionsOf(`cash:${mine.id}`)).toEqual(
          expect.arrayContaining([expect.objectContaining({ owner_type: "vendor", owner_id: vendors[0].vendor.id, amount: -owed })])
        )
        const again = await collect(mine.id, { amount: owed }, vendors[0].token, "vendor")
        expect([again.status, again.data.message]).toEqual([409, expect.stringMatching(/already recorded as collected/)])

        // An admin records the other store's cash: it reached the platform.
        await api.post(`/vendor/orders/${theirs.id}/accept`, {}, bearer(vendors[1].token))
        const theirsOwed = MathBN.convert((await adminOrder(theirs.id)).total).toNumber()
        expect((await collect(theirs.id, { amount: theirsOwed }, admin, "admin")).status).toEqual(200)
        expect(await transactionsOf(`cash:${theirs.id}`)).toEqual(
          expect.arrayContaining([expect.objectContaining({ owner_type: "external", owner_id: COD, amount: -theirsOwed })])
        )
        // A card-paid order has no cash to collect.
        const [cardVendor] = await sellers(1)
        const card = await cartFor([cardVendor], customer.token, "pp_system_default")
        const cardOrder = (await api.post(`/store/carts/${card.cartId}/complete`, {}, card.headers)).data.order_group.orders[0]
        const notCash = await collect(cardOrder.id, { amount: 1 }, admin, "admin")
        expect([notCash.status, notCash.data.message]).toEqual([409, expect.stringMatching(/not cash on delivery/)])

        // Medusa's "complete order" settles it (until couriers deliver): the vendor's net is pending for the hold window.
        await api.post(`/admin/orders/${mine.id}/complete`, {}, bearer(admin))
        const settlement = await eventually(
          "the settlement",
          () => transactionsOf(`settlement:${mine.id}`),
          (entries) => !!entries
        )
        const { data: detail } = await api.get(`/admin/vendor-orders/${mine.id}`, bearer(admin))
        const net = Number(detail.vendor_order.net_total)
        const vendorEntry = settlement!.find((entry) => entry.owner_type === "vendor")!
        expect(vendorEntry.amount).toEqual(net)
        expect(new Date(vendorEntry.available_at).getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000)
        expect(settlement!.find((entry) => entry.owner_type === "platform" && entry.owner_id === "commission")?.amount).toEqual(
          Number(detail.vendor_order.commission_total) || undefined
        )
        const { data: vendorWallet } = await api.get("/vendor/wallet", bearer(vendors[0].token))
        // Owed the cash, earned the net (still pending).
        expect(vendorWallet.wallet).toMatchObject({ balance: net - owed, pending: net })
        await eventually(
          "the settlement in the store's feed",
          async () => (await api.get("/vendor/notifications?limit=100", bearer(vendors[0].token))).data.notifications as any[],
          (feed) => feed.some((entry) => entry.event === "vendor-order-settled" && entry.resource_id === mine.id)
        )

        // A refund of collected cash goes to the wallet; after settlement the vendor gives its part back.
        await api.post(`/admin/vendor-orders/${mine.id}/refund`, { amount: 10 }, bearer(admin))
        await eventually("the cash refund in the wallet", () => walletOf(customer.token), (current) => current.balance === 10)
        const resettled = await eventually(
          "the settlement's correction",
          () => transactionsOf(`settlement:${mine.id}:2`),
          (entries) => !!entries
        )
        expect(MathBN.sum(...resettled!.filter((entry) => entry.owner_type !== "platform" || entry.owner_id !== "clearing").map((entry) => entry.amount)).toNumber()).toEqual(-10)

        // The statement of the period lists every movement with its running balance.
        const statement = await api.get("/vendor/wallet/statement", bearer(vendors[0].token))
        expect(statement.headers["content-type"]).toMatch(/text\/csv/)
        const lines = (statement.data as string).trim().split("\r\n")
        expect(lines[0]).toEqual("date,transaction_id,type,reference_type,reference_id,amount,currency_code,available_at,balance")
        expect(lines.map((line) => line.split(",")[2])).toEqual(["type", "opening_balance", "cash_collection", "settlement", "settlement", "closing_balance"])
        expect(Number(lines.at(-1)!.split(",").at(-1))).toEqual((await api.get("/vendor/wallet", bearer(vendors[0].token))).data.wallet.balance)
        const badPeriod = await attempt(api.get("/vendor/wallet/statement?from=2026-12-10&to=2026-12-01", bearer(vendors[0].token)))
        expect([badPeriod.status, badPeriod.data.message]).toEqual([400, expect.stringMatching(/to must be after from/)])
        expect((await attempt(api.get("/vendor/wallet/statement?from=yesterday", bearer(vendors[0].token)))).status).toEqual(400)
        await expectLedgerHolds()
      })
    })

    describe("refunds to the wallet by choice, and card payments in the ledger", () => {
      it("records a card payment received, a refund to the rail, and a refund to the wallet that Medusa's views show", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const { cartId, headers } = await cartFor([vendor], customer.token, "pp_system_default")
        const orderId = (await api.post(`/store/carts/${cartId}/complete`, {}, headers)).data.order_group.orders[0].id
        const order = await adminOrder(orderId)
        const paymentId = order.payment_collections[0].payments[0].id
        const received = await eventually("the payment in the ledger", () => transactionsOf(`payment:${paymentId}`), (entries) => !!entries)
        expect(received).toEqual(
          expect.arrayContaining([expect.objectContaining({ owner_type: "external", owner_id: "pp_system_default", amount: -MathBN.convert(order.total).toNumber() })])
        )

        const bad = await attempt(api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 5, destination: "bank" }, bearer(admin)))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/'original, wallet' for field 'destination'/)])
        const toWallet = await api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 5, destination: "wallet" }, bearer(admin))
        expect(toWallet.data.vendor_order.summary.refunded_total).toEqual(5)
        expect((await walletOf(customer.token)).balance).toEqual(5)
        const afterWallet = await adminOrder(orderId)
        expect(afterWallet.payment_status).toEqual("partially_refunded")
        expect(MathBN.convert(afterWallet.payment_collections[0].refunded_amount).toNumber()).toEqual(5)

        await api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 3 }, bearer(admin))
        expect((await walletOf(customer.token)).balance).toEqual(5)
        await eventually(
          "the refund to the card in the ledger",
          async () => (await api.get(`/admin/wallets?owner_type=external&owner_id=pp_system_default&currency_code=syp`, bearer(admin))).data.wallets[0],
          (rail) => !!rail
        )
        // Refunded more than what is left: 400, and nothing moved.
        const tooMuch = await attempt(api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 1_000_000, destination: "wallet" }, bearer(admin)))
        expect(tooMuch.status).toEqual(400)
        expect((await walletOf(customer.token)).balance).toEqual(5)
        await expectLedgerHolds()
      })
    })

    describe("top-ups (POST /store/wallet/top-ups)", () => {
      it("credits once when the complete request is sent twice at once, and only the owner sees the top-up", async () => {
        const customer = await shopper()
        const other = await shopper()
        const created = await api.post("/store/wallet/top-ups", { amount: 2500 }, store(customer.token))
        expect(created.status).toEqual(201)
        const { top_up, payment_collection } = created.data
        expect(top_up).toMatchObject({ amount: 2500, currency_code: "syp", status: "pending" })

        // Paid from the wallet itself, or in cash: refused.
        for (const provider_id of [WALLET, COD]) {
          const refused = await attempt(
            api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id }, store(customer.token))
          )
          expect([refused.status, refused.data.message]).toEqual([400, `A top-up is paid by card or another payment method, not with ${provider_id}.`])
        }
        const early = await attempt(api.post(`/store/wallet/top-ups/${top_up.id}/complete`, {}, store(customer.token)))
        expect([early.status, early.data.message]).toEqual([400, expect.stringMatching(/choose a payment method/)])
        await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store(customer.token))

        expect((await attempt(api.post(`/store/wallet/top-ups/${top_up.id}/complete`, {}, store(other.token)))).status).toEqual(404)
        expect((await attempt(api.get(`/store/wallet/top-ups/${top_up.id}`, store(other.token)))).status).toEqual(404)
        const both = await Promise.all(settled([1, 2].map(() => api.post(`/store/wallet/top-ups/${top_up.id}/complete`, {}, store(customer.token)))))
        expect(both.map((result) => result.status)).toEqual([200, 200])
        expect(both[0].data.top_up.status).toEqual("credited")
        expect(await walletOf(customer.token)).toMatchObject({ balance: 2500, available: 2500 })
        // A retry later changes nothing either.
        await api.post(`/store/wallet/top-ups/${top_up.id}/complete`, {}, store(customer.token))
        expect(await walletOf(customer.token)).toMatchObject({ balance: 2500 })
        const { data: list } = await api.get("/store/wallet/top-ups?fields=id,status", store(customer.token))
        expect(list).toEqual({ top_ups: [{ id: top_up.id, status: "credited" }], count: 1, offset: 0, limit: 20 })
        await eventually(
          "the credit in the customer's feed",
          async () => (await api.get("/store/notifications?limit=100", store(customer.token))).data.notifications as any[],
          (feed) => feed.some((entry) => entry.event === "wallet-credited")
        )
        await expectLedgerHolds()
      })

      it("answers 400 naming the field, and 401 without a customer", async () => {
        const customer = await shopper()
        const cases: [unknown, RegExp][] = [
          [{}, /Field 'amount' is required/],
          [{ amount: -5 }, /field 'amount' too small/],
          [{ amount: 10.5 }, /more decimals than SYP allows/],
          [{ amount: 10, currency_code: "eur" }, /currency_code must be one of the store's currencies/],
          [{ amount: 10, tip: 1 }, /tip/],
        ]
        for (const [body, message] of cases) {
          const response = await attempt(api.post("/store/wallet/top-ups", body, store(customer.token)))
          expect([response.status, response.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await attempt(api.post("/store/wallet/top-ups", { amount: 10 }, store()))).status).toEqual(401)
        expect((await attempt(api.get("/store/wallet/top-ups?order=amount", store(customer.token)))).status).toEqual(400)
      })
    })
  },
})

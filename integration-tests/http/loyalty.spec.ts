import { MathBN, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireLoyaltyPoints from "../../src/jobs/expire-loyalty-points"
import { LOYALTY_MODULE } from "../../src/modules/loyalty"
import type LoyaltyModuleService from "../../src/modules/loyalty/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { expirePointsWorkflow } from "../../src/workflows/loyalty/workflows/expire-points"
import { transitionVendorOrderWorkflow } from "../../src/workflows/vendor-order/workflows/transition-vendor-order"
import { adminToken, adminWithRole, attempt, bearer, customerToken, readableHttpErrors, settled } from "../helpers/actors"
import { marketplaceCart, payWithSystemProvider, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { signInByPhone } from "../helpers/phone-otp"

jest.setTimeout(400 * 1000)

let unique = 0
const nextId = () => `${Date.now()}-${++unique}`
const DAY = 24 * 60 * 60 * 1000
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Ten points per 100 SYP, a point worth 1 SYP, half a cart payable by points, 50 points a referral.
const SETTINGS = {
  currencies: { syp: { earn_rate: 0.1, point_value: 1 }, usd: { earn_rate: 1, point_value: 0.01 } },
  max_redeem_share: 0.5,
  expiry_months: 12,
  referral_reward_points: 50,
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string

    const store = (token?: string, extra: Record<string, string> = {}) => ({
      headers: { "x-publishable-api-key": publishableKey, ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
    })
    const loyalty = () => getContainer().resolve<LoyaltyModuleService>(LOYALTY_MODULE)

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      admin = await adminToken(api)
      await api.post("/admin/loyalty/settings", SETTINGS, bearer(admin))
    })

    async function shopper(phone?: string) {
      const token = await customerToken(api, publishableKey, `loyal-${nextId()}@example.com`)
      const { data } = await api.get("/store/customers/me", store(token))
      if (phone) {
        await api.post("/store/customers/me", { phone }, store(token))
      }
      return { token, id: data.customer.id as string }
    }

    async function sellers(count: number) {
      return Promise.all(Array.from({ length: count }, () => sellingVendor(api, admin)))
    }

    const variantOf = (vendor: any) => vendor.product.variants.find((variant: any) => variant.title === "6 pieces").id as string

    /** A cart from the given vendors (quantity each), delivery chosen, paid with the system provider. */
    async function cartFor(vendors: any[], customer: { token: string }, quantity = 1) {
      return marketplaceCart(
        api,
        publishableKey,
        vendors.map((vendor) => ({ variant_id: variantOf(vendor), quantity })),
        customer.token
      )
    }

    /** Points on a cart, then a new payment session for its new total, as a storefront does. */
    async function redeem(cart: { cartId: string; headers: any }, customer: { token: string }, points: number) {
      const { data } = await api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points }, cart.headers)
      await payWithSystemProvider(api, publishableKey, cart.cartId, "pp_system_default", customer.token)
      return data.cart
    }

    async function checkout(vendors: any[], customer: { token: string }, quantity = 1) {
      const cart = await cartFor(vendors, customer, quantity)
      const { data } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
      return data.order_group.orders as any[]
    }

    /** The order moves to delivered through the one transition workflow, as a courier's delivery or a vendor's "delivered" does. */
    async function deliver(orderId: string, vendor: any) {
      await api.post(`/vendor/orders/${orderId}/accept`, {}, bearer(vendor.token))
      await api.post(`/vendor/orders/${orderId}/ready`, {}, bearer(vendor.token))
      for (const action of ["dispatch", "deliver"] as const) {
        await transitionVendorOrderWorkflow(getContainer()).run({ input: { order_id: orderId, action, actor: { type: "system" } } })
      }
    }

    /** What a vendor order is worth for points: its sales after discounts, without tax or delivery. */
    async function salesOf(orderId: string, vendor: any) {
      const { data } = await api.get(`/vendor/orders/${orderId}`, bearer(vendor.token))
      return MathBN.convert(MathBN.add(data.order.net_total, data.order.commission_total)).toNumber()
    }

    const orderRead = async (id: string) =>
      (await getContainer().resolve("query").graph({ entity: "order", fields: ["id", "item_subtotal", "credit_lines.*", "items.id"], filters: { id } })).data[0] as any
    const summary = async (token: string) => (await api.get("/store/loyalty", store(token))).data.loyalty
    const history = async (token: string, params = "limit=100") => (await api.get(`/store/loyalty/history?${params}`, store(token))).data
    const feed = async (token: string) => (await api.get("/store/notifications?limit=100", store(token))).data.notifications as any[]

    /** A step of the stored run of the checkout workflow that completed (or failed to complete) a cart. */
    async function completionStep(cartId: string, stepId: string) {
      const runs = await getContainer()
        .resolve(Modules.WORKFLOW_ENGINE)
        .listWorkflowExecutions({ workflow_id: "complete-marketplace-cart" })
      const run = runs.find((candidate: any) => candidate.context?.data?.payload?.id === cartId) as any
      const key = Object.keys(run?.execution?.steps ?? {}).find((candidate) => candidate.endsWith(`.${stepId}`))
      return run.execution.steps[key!]
    }

    async function expectLedgerHolds() {
      const { data } = await api.get("/admin/ledger/check", bearer(admin))
      expect(data.checks.filter((check: any) => !check.ok)).toEqual([])
    }

    /** Points a test starts from, written as the admin adjustment route writes them. */
    async function grant(customerId: string, points: number) {
      await api.post(`/admin/customers/${customerId}/loyalty-adjustments`, { points, reason: "Opening balance for the test" }, bearer(admin))
    }

    describe("earning", () => {
      it("earns on delivery and not before, once, even when Medusa completes the order too", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const [order] = await checkout([vendor], customer, 2)
        await api.post(`/vendor/orders/${order.id}/accept`, {}, bearer(vendor.token))
        await api.post(`/vendor/orders/${order.id}/ready`, {}, bearer(vendor.token))
        await sleep(1500)
        expect((await summary(customer.token)).balance).toEqual(0)
        expect((await history(customer.token)).count).toEqual(0)

        for (const action of ["dispatch", "deliver"] as const) {
          await transitionVendorOrderWorkflow(getContainer()).run({ input: { order_id: order.id, action, actor: { type: "system" } } })
        }
        const expected = Math.floor((await salesOf(order.id, vendor)) * 0.1)
        expect(expected).toBeGreaterThan(0)
        await eventually("the points of the delivered order", () => summary(customer.token), (loyalty) => loyalty.balance === expected)

        // Medusa's "complete order" is the fallback trigger; after delivery it earns nothing more.
        await api.post(`/admin/orders/${order.id}/complete`, {}, bearer(admin))
        await sleep(1500)
        const { entries, count } = await history(customer.token)
        expect(count).toEqual(1)
        expect(entries[0]).toMatchObject({ type: "earned", points: expected, reference_type: "order", reference_id: order.id, expires_at: expect.any(String) })
        expect((await summary(customer.token)).balance).toEqual(expected)
        const notified = await eventually("the points-earned notification", () => feed(customer.token), (items) =>
          items.some((item) => item.event === "loyalty-points-earned")
        )
        expect(notified.find((item) => item.event === "loyalty-points-earned").body).toContain(`${expected} points`)
      })

      it("earns on Medusa's completion when the order was never delivered, but never on a rejected order", async () => {
        const [vendor, rejecting] = await sellers(2)
        const customer = await shopper()
        const orders = await checkout([vendor, rejecting], customer)
        const mine = orders.find((order) => order.vendor.id === vendor.vendor.id)
        const rejected = orders.find((order) => order.vendor.id === rejecting.vendor.id)
        await api.post(`/vendor/orders/${mine.id}/accept`, {}, bearer(vendor.token))
        await api.post(`/vendor/orders/${rejected.id}/reject`, { reason: "Out of flour" }, bearer(rejecting.token))
        await api.post(`/admin/orders/${mine.id}/complete`, {}, bearer(admin))
        const expected = Math.floor((await salesOf(mine.id, vendor)) * 0.1)
        await eventually("points from the completed order", () => summary(customer.token), (loyalty) => loyalty.balance === expected)
        const { entries } = await history(customer.token)
        expect(entries.map((entry: any) => entry.reference_id)).toEqual([mine.id])
      })

      it("applies the tier multiplier, and tells the customer of a tier reached", async () => {
        const [first, second] = await sellers(2)
        const customer = await shopper()
        // 999 points earned this year: one short of Silver (the seeded tiers: Bronze 0 ×1, Silver 1000 ×1.25, Gold 5000 ×1.5).
        await loyalty().appendPointsEntry({
          customer_id: customer.id,
          type: "earned",
          points: 999,
          reference_type: "order",
          reference_id: `order_earlier_${nextId()}`,
          idempotency_key: `test:${nextId()}`,
          expires_at: new Date(Date.now() + 300 * DAY),
        })
        const before = await summary(customer.token)
        expect(before.tier).toMatchObject({ name: "Bronze", multiplier: 1 })
        expect(before.next_tier).toMatchObject({ name: "Silver", threshold: 1000, points_needed: 1 })

        const orders = await checkout([first, second], customer, 3)
        const firstOrder = orders.find((order) => order.vendor.id === first.vendor.id)
        const secondOrder = orders.find((order) => order.vendor.id === second.vendor.id)
        await deliver(firstOrder.id, first)
        const atBronze = Math.floor((await salesOf(firstOrder.id, first)) * 0.1)
        await eventually("Silver", () => summary(customer.token), (loyalty) => loyalty.tier?.name === "Silver")
        await eventually("the tier notification", () => feed(customer.token), (items) =>
          items.some((item) => item.event === "loyalty-tier-reached" && item.title.includes("Silver"))
        )

        await deliver(secondOrder.id, second)
        const atSilver = Math.floor((await salesOf(secondOrder.id, second)) * 0.1 * 1.25)
        const after = await eventually("points at Silver", () => summary(customer.token), (loyalty) => loyalty.balance === 999 + atBronze + atSilver)
        expect(after.next_tier).toMatchObject({ name: "Gold", points_needed: 5000 - after.earned_12_months })
        const entries = (await history(customer.token)).entries
        expect(entries.find((entry: any) => entry.reference_id === secondOrder.id).points).toEqual(atSilver)
        expect(atSilver).toBeGreaterThan(Math.floor((await salesOf(secondOrder.id, second)) * 0.1))
      })

      it("reverses the points of a refund in proportion, and lets the balance go below zero once they are spent", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const [order] = await checkout([vendor], customer, 2)
        await deliver(order.id, vendor)
        const sales = await salesOf(order.id, vendor)
        const earned = Math.floor(sales * 0.1)
        await eventually("the points", () => summary(customer.token), (loyalty) => loyalty.balance === earned)
        // The points are spent (taken by hand here), then half the items are refunded.
        await api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, { points: -earned, reason: "Spent elsewhere" }, bearer(admin))
        await api.post(`/admin/vendor-orders/${order.id}/refund`, { amount: sales / 2, destination: "wallet" }, bearer(admin))
        const reversedPoints = earned - Math.floor((earned * (sales / 2)) / sales)
        const after = await eventually("the reversal", () => summary(customer.token), (loyalty) => loyalty.balance === -reversedPoints)
        expect(after.balance).toBeLessThan(0)
        const reversal = (await history(customer.token)).entries.filter((entry: any) => entry.type === "reversed")
        expect(reversal).toEqual([expect.objectContaining({ points: -reversedPoints, reference_type: "order", reference_id: order.id })])
        await expectLedgerHolds()
      })

      it("reverses the points of a return received through Medusa's return routes, in proportion", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const [order] = await checkout([vendor], customer, 2)
        await deliver(order.id, vendor)
        const earned = Math.floor((await salesOf(order.id, vendor)) * 0.1)
        await eventually("the points", () => summary(customer.token), (loyalty) => loyalty.balance === earned)

        const item = (await orderRead(order.id)).items[0]
        const location_id = (await api.get(`/admin/vendors/${vendor.vendor.id}`, bearer(admin))).data.vendor.stock_location.id
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: item.id, quantity: 2 }], location_id }, bearer(admin))
        const returnId = (await api.post("/admin/returns", { order_id: order.id, location_id }, bearer(admin))).data.return.id
        const oneUnit = { items: [{ id: item.id, quantity: 1 }] }
        await api.post(`/admin/returns/${returnId}/request-items`, oneUnit, bearer(admin))
        await api.post(`/admin/returns/${returnId}/request`, {}, bearer(admin))
        await api.post(`/admin/returns/${returnId}/receive`, {}, bearer(admin))
        await api.post(`/admin/returns/${returnId}/receive-items`, oneUnit, bearer(admin))
        await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, bearer(admin))

        // Half the units came back: the order keeps half its sales, so the points keep ⌊earned ÷ 2⌋.
        const reversed = earned - Math.floor(earned / 2)
        expect(reversed).toBeGreaterThan(0)
        await eventually("the return's reversal", () => summary(customer.token), (loyalty) => loyalty.balance === earned - reversed)
        const entries = (await history(customer.token)).entries.filter((entry: any) => entry.type === "reversed")
        expect(entries).toEqual([expect.objectContaining({ points: -reversed, reference_type: "order", reference_id: order.id, note: `return:${returnId}` })])
        await expectLedgerHolds()
      })

      it("earns on the items after an order-wide promotion, without the tax or the delivery fee", async () => {
        const taxRegion = (await api.get("/admin/tax-regions?country_code=sy", bearer(admin))).data.tax_regions[0]
        await api.post("/admin/tax-rates", { tax_region_id: taxRegion.id, name: "Sales tax", code: "VAT", rate: 11, is_default: true }, bearer(admin))
        const code = `LOYAL-${nextId()}`
        await api.post(
          "/admin/promotions",
          { code, type: "standard", status: "active", application_method: { type: "fixed", target_type: "order", allocation: "across", value: 25, currency_code: "syp" } },
          bearer(admin)
        )
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const cart = await cartFor([vendor], customer, 3)
        await api.post(`/store/carts/${cart.cartId}/promotions`, { promo_codes: [code] }, cart.headers)
        await payWithSystemProvider(api, publishableKey, cart.cartId, "pp_system_default", customer.token)
        const { data: placed } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
        const orderId = placed.order_group.orders[0].id

        const {
          data: [order],
        } = await getContainer()
          .resolve("query")
          .graph({ entity: "order", fields: ["total", "tax_total", "shipping_total", "items.unit_price", "items.quantity", "items.adjustments.amount"], filters: { id: orderId } })
        const { total, tax_total, shipping_total, items } = order as any
        expect([MathBN.gt(tax_total, 0), MathBN.gt(shipping_total, 0)]).toEqual([true, true])
        const lineSubtotals = MathBN.sum(0, ...items.map((line: any) => MathBN.mult(line.unit_price, line.quantity)))
        const discount = MathBN.sum(0, ...items.flatMap((line: any) => line.adjustments.map((adjustment: any) => adjustment.amount)))
        expect(MathBN.convert(discount).toNumber()).toEqual(25)
        const expected = Math.floor(MathBN.convert(MathBN.mult(MathBN.sub(lineSubtotals, discount), 0.1)).toNumber())
        // Each thing left out changes the points: the discount, the tax and the delivery fee.
        expect(expected).toBeLessThan(Math.floor(MathBN.convert(MathBN.mult(lineSubtotals, 0.1)).toNumber()))
        expect(expected).toBeLessThan(Math.floor(MathBN.convert(MathBN.mult(MathBN.sub(total, shipping_total), 0.1)).toNumber()))
        expect(expected).toBeLessThan(Math.floor(MathBN.convert(MathBN.mult(MathBN.sub(total, tax_total), 0.1)).toNumber()))

        await deliver(orderId, vendor)
        await eventually("the points of the discounted order", () => summary(customer.token), (loyalty) => loyalty.balance === expected)
        expect((await history(customer.token)).entries).toEqual([expect.objectContaining({ type: "earned", points: expected, reference_id: orderId })])
      })
    })

    describe("redeeming at checkout", () => {
      it("puts the points on the cart as a credit line, spends them once at completion, and shares the discount across the vendor orders", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        await grant(customer.id, 100)
        const cart = await cartFor(vendors, customer, 2)
        const before = MathBN.convert(cart.cart.total).toNumber()

        const applied = await redeem(cart, customer, 30)
        expect(applied.credit_lines).toEqual([expect.objectContaining({ reference: "loyalty_points", amount: 30, metadata: expect.objectContaining({ points: 30, funded_by: "platform" }) })])
        // Nothing is spent until the cart completes.
        expect((await summary(customer.token)).balance).toEqual(100)
        const { data: refreshed } = await api.get(`/store/carts/${cart.cartId}`, cart.headers)
        expect(refreshed.cart.total).toEqual(before - 30)

        const { data: placed } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
        expect(placed.type).toEqual("order")
        const again = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
        expect(again.data.order_group.id).toEqual(placed.order_group.id)
        expect((await summary(customer.token)).balance).toEqual(70)
        const redeemed = (await history(customer.token)).entries.filter((entry: any) => entry.type === "redeemed")
        expect(redeemed).toEqual([expect.objectContaining({ points: -30, reference_type: "cart", reference_id: cart.cartId })])

        // Each vendor order carries its share of the discount, and the shares add up to it.
        const shares: number[] = []
        for (const order of placed.order_group.orders) {
          const line = (await orderRead(order.id)).credit_lines.find((credit: any) => credit.reference === "loyalty_points")
          shares.push(MathBN.convert(line.amount).toNumber())
        }
        expect(shares.every((share) => share > 0)).toBe(true)
        expect(shares.reduce((sum, share) => sum + share, 0)).toEqual(30)

        // The platform funds the discount in the ledger; the vendors' nets are what they would be without points.
        await eventually(
          "the platform's funding",
          async () => (await api.get("/admin/wallets?owner_type=platform&owner_id=loyalty&currency_code=syp", bearer(admin))).data.wallets as any[],
          (wallets) => wallets.length === 1 && wallets[0].balance <= -30
        )
        for (const order of placed.order_group.orders) {
          const vendor = vendors.find((candidate) => candidate.vendor.id === order.vendor.id)!
          expect(await salesOf(order.id, vendor)).toEqual(MathBN.convert((await orderRead(order.id)).item_subtotal).toNumber())
        }
        await deliver(placed.order_group.orders[0].id, vendors.find((candidate) => candidate.vendor.id === placed.order_group.orders[0].vendor.id))
        await eventually("points earned on what was not paid with points", () => history(customer.token), (page) => page.entries.some((entry: any) => entry.type === "earned"))
        await expectLedgerHolds()
      })

      it("gives back the points that paid a vendor order its store rejects, and takes its funding back out of clearing", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        await grant(customer.id, 100)
        const cart = await cartFor(vendors, customer, 2)
        await redeem(cart, customer, 40)
        const { data: placed } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
        expect((await summary(customer.token)).balance).toEqual(60)
        const rejected = placed.order_group.orders[0]
        const share = MathBN.convert((await orderRead(rejected.id)).credit_lines.find((line: any) => line.reference === "loyalty_points").amount).toNumber()
        const store = vendors.find((candidate) => candidate.vendor.id === rejected.vendor.id)!
        await api.post(`/vendor/orders/${rejected.id}/reject`, { reason: "Out of flour" }, bearer(store.token))
        await eventually("the points given back", () => summary(customer.token), (loyalty) => loyalty.balance === 60 + share)
        const given = (await history(customer.token)).entries.filter((entry: any) => entry.type === "reversed")
        expect(given).toEqual([expect.objectContaining({ points: share, reference_type: "order", reference_id: rejected.id })])
        const { data } = await api.get(`/admin/wallets?owner_type=platform&owner_id=loyalty&currency_code=syp`, bearer(admin))
        expect(data.wallets).toHaveLength(1)
        await expectLedgerHolds()
      })

      it("spends nothing when the checkout fails after the points were taken, and the same cart then completes spending them once", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        await grant(customer.id, 100)
        const cart = await cartFor(vendors, customer, 2)
        await redeem(cart, customer, 30)
        // The second vendor's stock went while the customer was paying: the stock is reserved after the points are spent.
        const short = vendors[1]
        const stock = `/vendor/products/${short.product.id}/variants/${variantOf(short)}/stock`
        await api.post(stock, { stocked_quantity: 1 }, bearer(short.token))
        const failed = await attempt(api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers))
        expect([failed.status, failed.data.message]).toEqual([400, expect.stringContaining("stock")])

        const redeemStep = await completionStep(cart.cartId, "redeem-cart-loyalty-points")
        expect([redeemStep.invoke.state, redeemStep.compensate.state]).toEqual(["done", "reverted"])
        expect((await summary(customer.token)).balance).toEqual(100)
        expect((await history(customer.token)).entries.filter((entry: any) => entry.type === "redeemed")).toEqual([])
        expect((await api.get(`/store/carts/${cart.cartId}`, cart.headers)).data.cart).toMatchObject({ completed_at: null, credit_line_total: 30 })

        await api.post(stock, { stocked_quantity: 20 }, bearer(short.token))
        await payWithSystemProvider(api, publishableKey, cart.cartId, "pp_system_default", customer.token)
        const { data: placed } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
        expect(placed.order_group.orders).toHaveLength(2)
        expect((await summary(customer.token)).balance).toEqual(70)
        expect((await history(customer.token)).entries.filter((entry: any) => entry.type === "redeemed")).toEqual([
          expect.objectContaining({ points: -30, reference_id: cart.cartId }),
        ])
        await expectLedgerHolds()
      })

      it("charges each vendor its share of the discount when vendors fund it: its wallet gets its net less the share", async () => {
        await api.post("/admin/loyalty/settings", { discount_funded_by: "vendor" }, bearer(admin))
        const vendors = await sellers(2)
        const customer = await shopper()
        await grant(customer.id, 100)
        const cart = await cartFor(vendors, customer, 2)
        const applied = await redeem(cart, customer, 30)
        expect(applied.credit_lines[0].metadata.funded_by).toEqual("vendor")
        const { data: placed } = await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)

        for (const order of placed.order_group.orders) {
          const vendor = vendors.find((candidate) => candidate.vendor.id === order.vendor.id)!
          const share = (await orderRead(order.id)).credit_lines.find((line: any) => line.reference === "loyalty_points").amount
          expect(MathBN.gt(share, 0)).toBe(true)
          await deliver(order.id, vendor)
          // The vendor's net on its order is what it would be without points; its settlement pays for its share.
          const { net_total, commission_total } = (await api.get(`/vendor/orders/${order.id}`, bearer(vendor.token))).data.order
          expect(MathBN.convert(MathBN.add(net_total, commission_total)).toNumber()).toEqual(MathBN.convert((await orderRead(order.id)).item_subtotal).toNumber())
          const settled = MathBN.convert(MathBN.sub(net_total, share)).toNumber()
          await eventually("the vendor's settlement less its share", async () => (await api.get("/vendor/wallet", bearer(vendor.token))).data.wallet, (wallet) => wallet.balance === settled)
          const { transactions } = (await api.get("/vendor/wallet/transactions", bearer(vendor.token))).data
          expect(transactions.find((transaction: any) => transaction.type === "payment")).toMatchObject({ amount: -MathBN.convert(share).toNumber() })
        }
        // The platform paid none of it.
        const { data } = await api.get("/admin/wallets?owner_type=platform&owner_id=loyalty&currency_code=syp", bearer(admin))
        expect(data.wallets.filter((wallet: any) => wallet.balance !== 0)).toEqual([])
        await expectLedgerHolds()
      })

      it("refuses more points than the balance or the cart share with 400 naming the limit, and removes them on DELETE", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        await grant(customer.id, 40)
        const cart = await cartFor([vendor], customer)
        const total = MathBN.convert(cart.cart.total).toNumber()

        const overBalance = await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: 41 }, cart.headers))
        expect([overBalance.status, overBalance.data.message]).toEqual([400, expect.stringMatching(/points: 41 points exceed your balance of 40 points/)])
        await grant(customer.id, 10_000)
        const cap = Math.floor(total * 0.5)
        const overShare = await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: cap + 1 }, cart.headers))
        expect([overShare.status, overShare.data.message]).toEqual([400, expect.stringMatching(new RegExp(`at most 50% of this cart, which is ${cap} points`))])

        for (const body of [{}, { points: 0 }, { points: 2.5 }, { points: "ten" }, { points: 5, extra: true }]) {
          const bad = await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, body, cart.headers))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/points|extra/)])
        }

        const cartAfter = await redeem(cart, customer, 10)
        expect(cartAfter.credit_line_total).toEqual(10)
        // Applying again replaces the points, never adds a second line.
        const replaced = (await api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: 12 }, cart.headers)).data.cart
        expect(replaced.credit_lines.filter((line: any) => line.reference === "loyalty_points")).toHaveLength(1)
        expect(replaced.credit_line_total).toEqual(12)
        const removed = (await api.delete(`/store/carts/${cart.cartId}/loyalty-points`, cart.headers)).data.cart
        expect(removed.credit_lines ?? []).toEqual([])
        expect(removed.total).toEqual(total)
      })

      it("answers 404 for another customer's cart, 401 without a customer, and 409 once the cart is completed", async () => {
        const [vendor] = await sellers(1)
        const [owner, stranger] = [await shopper(), await shopper()]
        await grant(stranger.id, 100)
        const cart = await cartFor([vendor], owner)
        const theirs = await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: 5 }, store(stranger.token)))
        const missing = await attempt(api.post(`/store/carts/cart_missing/loyalty-points`, { points: 5 }, store(stranger.token)))
        expect([theirs.status, missing.status]).toEqual([404, 404])
        expect(theirs.data.message).toEqual(missing.data.message.replace("cart_missing", cart.cartId))
        expect((await attempt(api.delete(`/store/carts/${cart.cartId}/loyalty-points`, store(stranger.token)))).status).toEqual(404)
        expect((await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: 5 }, store()))).status).toEqual(401)
        const vendorToken = await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: 5 }, store(vendor.token)))
        expect(vendorToken.status).toEqual(401)

        await api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers)
        await grant(owner.id, 100)
        const completed = await attempt(api.post(`/store/carts/${cart.cartId}/loyalty-points`, { points: 5 }, cart.headers))
        expect([completed.status, completed.data.message]).toEqual([409, expect.stringMatching(/already completed/)])
      })

      it("completes only one of two carts that spend the same points at once, and the other spends nothing", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        await grant(customer.id, 50)
        const carts = [await cartFor([vendor], customer, 3), await cartFor([vendor], customer, 3)]
        for (const cart of carts) {
          await redeem(cart, customer, 50)
        }
        const results = await Promise.all(settled(carts.map((cart) => api.post(`/store/carts/${cart.cartId}/complete`, {}, cart.headers))))
        const placed = results.filter((result) => result.status === 200 && result.data.type === "order")
        expect(placed).toHaveLength(1)
        const refused = results.find((result) => !(result.status === 200 && result.data.type === "order"))!
        expect(JSON.stringify(refused.data)).toMatch(/exceed the balance of 0 points/)
        expect((await summary(customer.token)).balance).toEqual(0)
        const redeemed = (await history(customer.token)).entries.filter((entry: any) => entry.type === "redeemed")
        expect(redeemed).toHaveLength(1)
        const loser = carts.find((cart) => cart.cartId !== redeemed[0].reference_id)!
        const { data } = await api.get(`/store/carts/${loser.cartId}`, loser.headers)
        expect(data.cart.completed_at).toBeFalsy()
        await expectLedgerHolds()
      })
    })

    describe("expiry", () => {
      it("expires points oldest first, once, and warns 7 days ahead", async () => {
        const customer = await shopper()
        const now = Date.now()
        const lot = async (points: number, expiresInDays: number) =>
          (
            await loyalty().appendPointsEntry({
              customer_id: customer.id,
              type: "earned",
              points,
              reference_type: "order",
              reference_id: `order_${nextId()}`,
              idempotency_key: `test:${nextId()}`,
              expires_at: new Date(now + expiresInDays * DAY),
            })
          ).entry
        const older = await lot(30, 3)
        const newer = await lot(20, 40)
        // 10 points spent: taken from the older lot.
        await api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, { points: -10, reason: "Spent at the counter" }, bearer(admin))
        expect((await summary(customer.token)).expiring).toEqual({ points: 20, expires_at: older.expires_at!.toISOString() })

        await expireLoyaltyPoints(getContainer())
        await expireLoyaltyPoints(getContainer())
        const warned = (await feed(customer.token)).filter((item) => item.event === "loyalty-points-expiring")
        expect(warned).toHaveLength(1)
        expect(warned[0].body).toContain("20 of your points expire on")
        expect((await summary(customer.token)).balance).toEqual(40)

        const later = new Date(now + 5 * DAY).toISOString()
        await expirePointsWorkflow(getContainer()).run({ input: { now: later } })
        await expirePointsWorkflow(getContainer()).run({ input: { now: later } })
        const expired = (await history(customer.token)).entries.filter((entry: any) => entry.type === "expired")
        expect(expired).toEqual([expect.objectContaining({ points: -20, reference_type: "points_entry", reference_id: older.id })])
        const after = await summary(customer.token)
        expect(after.balance).toEqual(20)
        expect(after.expiring).toEqual({ points: 20, expires_at: newer.expires_at!.toISOString() })
      })
    })

    describe("referrals", () => {
      it("rewards both sides once when the new customer's first order is delivered, and refuses self-referral", async () => {
        const [vendor] = await sellers(1)
        const referrer = await shopper("+963944100001")
        const { data } = await api.get("/store/loyalty/referral", store(referrer.token, { "x-device-id": "device-referrer" }))
        expect(data.referral).toMatchObject({ code: expect.stringMatching(/^[A-Z2-9]{8}$/), reward_points: 50, referred_count: 0 })
        const code = data.referral.code
        expect((await api.get("/store/loyalty/referral", store(referrer.token))).data.referral.code).toEqual(code)

        const own = await attempt(api.post("/store/loyalty/referral/claim", { code }, store(referrer.token)))
        const samePhone = await shopper("+963944100001")
        const byPhone = await attempt(api.post("/store/loyalty/referral/claim", { code }, store(samePhone.token)))
        const sameDevice = await shopper()
        const byDevice = await attempt(api.post("/store/loyalty/referral/claim", { code: code.toLowerCase() }, store(sameDevice.token, { "x-device-id": "device-referrer" })))
        for (const refused of [own, byPhone, byDevice]) {
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/^code: a customer cannot refer themselves/)])
        }
        const unknown = await attempt(api.post("/store/loyalty/referral/claim", { code: "NOPE2345" }, store(sameDevice.token)))
        expect([unknown.status, unknown.data.message]).toEqual([400, "code: NOPE2345 is not a referral code."])
        const missing = await attempt(api.post("/store/loyalty/referral/claim", {}, store(sameDevice.token)))
        expect([missing.status, missing.data.message]).toEqual([400, expect.stringMatching(/code/)])
        expect((await attempt(api.post("/store/loyalty/referral/claim", { code }, store()))).status).toEqual(401)

        const friend = await shopper("+963944100002")
        const claimed = await api.post("/store/loyalty/referral/claim", { code }, store(friend.token, { "x-device-id": "device-friend" }))
        expect(claimed.status).toEqual(201)
        expect(claimed.data.referral.referred_by).toEqual({ code, status: "pending" })
        const twice = await attempt(api.post("/store/loyalty/referral/claim", { code }, store(friend.token)))
        expect(twice.status).toEqual(409)

        const [order] = await checkout([vendor], friend)
        await deliver(order.id, vendor)
        await eventually("the referrer's reward", () => summary(referrer.token), (loyalty) => loyalty.balance === 50)
        const orderPoints = Math.floor((await salesOf(order.id, vendor)) * 0.1)
        await eventually("the friend's reward and points", () => summary(friend.token), (loyalty) => loyalty.balance === 50 + orderPoints)
        // Medusa's completion of the same order rewards nothing again.
        await api.post(`/admin/orders/${order.id}/complete`, {}, bearer(admin))
        await sleep(1500)
        expect((await summary(referrer.token)).balance).toEqual(50)
        expect((await history(friend.token)).entries.filter((entry: any) => entry.reference_type === "referral")).toHaveLength(1)
        const view = (await api.get("/store/loyalty/referral", store(referrer.token))).data.referral
        expect(view).toMatchObject({ referred_count: 1, rewarded_count: 1 })
        // A customer who has ordered already is not new.
        const late = await attempt(api.post("/store/loyalty/referral/claim", { code }, store((await shopper()).token)))
        expect(late.status).toEqual(201)
        const ordered = await shopper()
        await checkout([vendor], ordered)
        const tooLate = await attempt(api.post("/store/loyalty/referral/claim", { code }, store(ordered.token)))
        expect([tooLate.status, tooLate.data.message]).toEqual([409, expect.stringMatching(/new customers/)])
      })

      it("takes the code at sign-up, by email or phone code, and refuses a bad one without leaving an account behind", async () => {
        const referrer = await shopper("+963944100021")
        const { code } = (await api.get("/store/loyalty/referral", store(referrer.token))).data.referral
        const customerByEmail = async (email: string) =>
          (await getContainer().resolve("query").graph({ entity: "customer", fields: ["id"], filters: { email } })).data
        const signUp = async (device: string) => {
          const email = `signup-${nextId()}@example.com`
          const { data } = await api.post("/auth/customer/emailpass/register", { email, password: "shopper-password" })
          const send = (body: Record<string, unknown>) =>
            attempt(api.post("/store/customers", { email, first_name: "Rana", ...body }, store(data.token, { "x-device-id": device })))
          return { email, send }
        }

        const wrong = await signUp("device-wrong")
        const wrongType = await wrong.send({ additional_data: { referral_code: 12345678 } })
        expect([wrongType.status, wrongType.data.message]).toEqual([400, "Invalid request: additional_data.referral_code: referral_code must be text: the referral code you were given"])
        const unknownField = await wrong.send({ additional_data: { coupon: "EID" } })
        expect([unknownField.status, unknownField.data.message]).toEqual([400, expect.stringMatching(/^Invalid request: additional_data: .*coupon/)])
        // A code that is no one's: the account the workflow made is undone, so the same sign-up goes through without it.
        const unknownCode = await wrong.send({ additional_data: { referral_code: "NOPE2345" } })
        expect([unknownCode.status, unknownCode.data.message]).toEqual([400, "additional_data.referral_code: NOPE2345 is not a referral code."])
        expect(await customerByEmail(wrong.email)).toEqual([])
        expect((await wrong.send({})).status).toEqual(200)
        expect((await api.get("/store/loyalty/referral", store(referrer.token))).data.referral.referred_count).toEqual(0)

        const friend = await signUp("device-friend")
        const created = await friend.send({ additional_data: { referral_code: code.toLowerCase() } })
        expect(created.status).toEqual(200)
        expect(created.data.customer).toMatchObject({ email: friend.email, first_name: "Rana", has_account: true })
        const { data: login } = await api.post("/auth/customer/emailpass", { email: friend.email, password: "shopper-password" })
        expect((await api.get("/store/loyalty/referral", store(login.token))).data.referral.referred_by).toEqual({ code, status: "pending" })

        // The phone-code sign-up carries it too; the referrer's own number is a self-referral, refused and undone.
        const samePhone = await signInByPhone(api, "customer", "+963944100021")
        const selfReferral = await attempt(api.post("/store/customers", { first_name: "Rana", additional_data: { referral_code: code } }, store(samePhone)))
        expect([selfReferral.status, selfReferral.data.message]).toEqual([400, expect.stringMatching(/^additional_data\.referral_code: a customer cannot refer themselves/)])
        expect((await api.post("/store/customers", { first_name: "Rana" }, store(samePhone))).status).toEqual(200)
        const byPhone = await signInByPhone(api, "customer", "+963944100022")
        const phoneCustomer = (await api.post("/store/customers", { first_name: "Yara", additional_data: { referral_code: code } }, store(byPhone))).data.customer
        expect(phoneCustomer).toMatchObject({ phone: "+963944100022", email: null })
        const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(byPhone))
        expect((await api.get("/store/loyalty/referral", store(refreshed.token))).data.referral.referred_by).toEqual({ code, status: "pending" })
        expect((await api.get("/store/loyalty/referral", store(referrer.token))).data.referral).toMatchObject({ referred_count: 2, rewarded_count: 0 })
      })
    })

    describe("GET /store/loyalty and its history", () => {
      it("shows the customer's own points, paginated, and another customer's entry answers 404", async () => {
        const [customer, other] = [await shopper(), await shopper()]
        await grant(customer.id, 10)
        await grant(customer.id, 20)
        await grant(other.id, 5)
        const loyaltyView = await summary(customer.token)
        expect(loyaltyView).toMatchObject({ balance: 30, tier: { name: "Bronze" }, next_tier: { name: "Silver" }, expiring: { points: 10 } })
        const firstPage = (await api.get("/store/loyalty?limit=1", store(customer.token))).data.loyalty.history
        expect(firstPage).toMatchObject({ count: 2, offset: 0, limit: 1, entries: [expect.objectContaining({ points: 20 })] })

        const page = await history(customer.token, "limit=1")
        expect(page).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(page.entries).toEqual([expect.objectContaining({ type: "adjusted", points: 20, note: "Opening balance for the test" })])
        expect(page.entries[0].actor_id).toBeUndefined()
        const oldest = await history(customer.token, "order=created_at&fields=id,points")
        expect(oldest.entries.map((entry: any) => entry.points)).toEqual([10, 20])

        const mine = (await api.get(`/store/loyalty/history/${page.entries[0].id}`, store(customer.token))).data.entry
        expect(mine).toMatchObject({ id: page.entries[0].id, points: 20 })
        const theirs = (await history(other.token)).entries[0]
        const foreign = await attempt(api.get(`/store/loyalty/history/${theirs.id}`, store(customer.token)))
        const absent = await attempt(api.get(`/store/loyalty/history/lpe_missing`, store(customer.token)))
        expect([foreign.status, absent.status]).toEqual([404, 404])
        expect(foreign.data.message).toEqual(absent.data.message.replace("lpe_missing", theirs.id))

        for (const params of ["limit=0", "limit=500", "order=points", "fields=id,actor_id", "customer_id=" + other.id]) {
          const bad = await attempt(api.get(`/store/loyalty/history?${params}`, store(customer.token)))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/limit|order|fields|customer_id/)])
        }
        expect((await attempt(api.get("/store/loyalty?limit=0", store(customer.token)))).status).toEqual(400)
        for (const path of ["/store/loyalty", "/store/loyalty/history", `/store/loyalty/history/${mine.id}`, "/store/loyalty/referral"]) {
          expect((await attempt(api.get(path, store()))).status).toEqual(401)
        }
        const [vendor] = await sellers(1)
        expect((await attempt(api.get("/store/loyalty", store(vendor.token)))).status).toEqual(401)
      })
    })

    describe("admin", () => {
      it("edits the settings, with finance's role, and refuses bad values by name", async () => {
        const { data } = await api.get("/admin/loyalty/settings", bearer(admin))
        expect(data.settings).toMatchObject({ ...SETTINGS, discount_funded_by: "platform" })
        const finance = await adminWithRole(api, getContainer(), admin, "finance")
        const support = await adminWithRole(api, getContainer(), admin, "support")
        const changed = await api.post("/admin/loyalty/settings", { referral_reward_points: 60 }, bearer(finance.token))
        expect(changed.data.settings).toMatchObject({ ...SETTINGS, referral_reward_points: 60 })
        await api.post("/admin/loyalty/settings", { referral_reward_points: 50 }, bearer(admin))

        const cases: [Record<string, unknown>, RegExp][] = [
          [{ max_redeem_share: 2 }, /max_redeem_share/],
          [{ expiry_months: 0 }, /expiry_months/],
          [{ currencies: { syp: { earn_rate: 1 } } }, /point_value/],
          [{ currencies: { syria: { earn_rate: 1, point_value: 1 } } }, /currencies: 'syria' is not a 3-letter ISO 4217 code/],
          [{ discount_funded_by: "courier" }, /discount_funded_by must be one of platform, vendor/],
          [{}, /send at least one setting/],
          [{ bonus: 1 }, /bonus/],
        ]
        for (const [body, message] of cases) {
          const bad = await attempt(api.post("/admin/loyalty/settings", body, bearer(admin)))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await attempt(api.post("/admin/loyalty/settings", { expiry_months: 6 }, bearer(support.token)))).status).toEqual(403)
        const customer = await shopper()
        expect((await attempt(api.get("/admin/loyalty/settings", bearer(customer.token)))).status).toEqual(401)
        expect((await api.get("/admin/loyalty/settings", bearer(admin))).data.settings).toMatchObject(SETTINGS)
      })

      it("lists the seeded tiers and edits them, keeping names and thresholds unique and a tier at 0", async () => {
        const { data } = await api.get("/admin/loyalty/tiers", bearer(admin))
        expect(data.tiers.map((tier: any) => [tier.name, tier.threshold, tier.multiplier])).toEqual([
          ["Bronze", 0, 1],
          ["Silver", 1000, 1.25],
          ["Gold", 5000, 1.5],
        ])
        const { data: highest } = await api.get("/admin/loyalty/tiers?order=-threshold&limit=1&fields=id,name", bearer(admin))
        expect(highest).toMatchObject({ count: 3, limit: 1, tiers: [{ id: expect.any(String), name: "Gold" }] })
        expect((await attempt(api.get("/admin/loyalty/tiers?order=multiplier", bearer(admin)))).status).toEqual(400)
        const created = await api.post("/admin/loyalty/tiers", { name: "Platinum", threshold: 20000, multiplier: 2 }, bearer(admin))
        expect(created.status).toEqual(201)
        const id = created.data.tier.id
        const updated = await api.post(`/admin/loyalty/tiers/${id}`, { multiplier: 1.75 }, bearer(admin))
        expect(updated.data.tier).toMatchObject({ name: "Platinum", threshold: 20000, multiplier: 1.75 })

        const duplicate = await attempt(api.post("/admin/loyalty/tiers", { name: "gold", threshold: 30000, multiplier: 2 }, bearer(admin)))
        expect([duplicate.status, duplicate.data.message]).toEqual([409, expect.stringMatching(/^name: a tier named gold/)])
        const sameThreshold = await attempt(api.post(`/admin/loyalty/tiers/${id}`, { threshold: 5000 }, bearer(admin)))
        expect(sameThreshold.status).toEqual(409)
        const bronze = data.tiers[0].id
        const lastZero = await attempt(api.delete(`/admin/loyalty/tiers/${bronze}`, bearer(admin)))
        expect([lastZero.status, lastZero.data.message]).toEqual([409, expect.stringMatching(/one tier must start at 0 points/)])
        for (const body of [{ name: "X", threshold: -1, multiplier: 2 }, { name: "X", threshold: 10, multiplier: 0.5 }, { name: "", threshold: 10, multiplier: 2 }, { threshold: 10 }]) {
          const bad = await attempt(api.post("/admin/loyalty/tiers", body, bearer(admin)))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/threshold|multiplier|name/)])
        }
        expect((await attempt(api.post(`/admin/loyalty/tiers/ltier_missing`, { multiplier: 2 }, bearer(admin)))).status).toEqual(404)
        const support = await adminWithRole(api, getContainer(), admin, "support")
        expect((await attempt(api.delete(`/admin/loyalty/tiers/${id}`, bearer(support.token)))).status).toEqual(403)
        expect((await api.delete(`/admin/loyalty/tiers/${id}`, bearer(admin))).data).toEqual({ id, object: "loyalty_tier", deleted: true })
        expect((await attempt(api.get(`/admin/loyalty/tiers/${id}`, bearer(admin)))).status).toEqual(404)
        const customer = await shopper()
        expect((await attempt(api.get("/admin/loyalty/tiers", bearer(customer.token)))).status).toEqual(401)
        expect((await attempt(api.post("/admin/loyalty/tiers", { name: "Sneaky", threshold: 1, multiplier: 2 }, bearer(customer.token)))).status).toEqual(401)
      })

      it("shows any customer's points and adjusts them with a reason, recorded with the admin and in the audit log", async () => {
        const customer = await shopper()
        const operations = await adminWithRole(api, getContainer(), admin, "operations")
        const support = await adminWithRole(api, getContainer(), admin, "support")
        const headers = { headers: { ...bearer(operations.token).headers, "idempotency-key": `adj-${nextId()}` } }
        const first = await api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, { points: 25, reason: "Goodwill for a late delivery" }, headers)
        expect(first.status).toEqual(201)
        const replay = await api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, { points: 25, reason: "Goodwill for a late delivery" }, headers)
        expect(replay.status).toEqual(200)
        expect(replay.data.entry.id).toEqual(first.data.entry.id)
        expect(first.data.loyalty.balance).toEqual(25)

        const { data } = await api.get(`/admin/customers/${customer.id}/loyalty`, bearer(support.token))
        expect(data.loyalty).toMatchObject({ customer_id: customer.id, balance: 25 })
        expect(data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(data.entries[0]).toMatchObject({ type: "adjusted", points: 25, note: "Goodwill for a late delivery", actor_type: "user", actor_id: operations.id })
        const audit = (await api.get(`/admin/audit-log?target_id=${customer.id}&action=POST /admin/customers/:id/loyalty-adjustments`, bearer(admin))).data
        expect(audit.audit_log.length).toBeGreaterThanOrEqual(1)
        expect(audit.audit_log[0]).toMatchObject({ actor_id: operations.id, target_type: "customer" })

        const cases: [Record<string, unknown>, RegExp][] = [
          [{ points: 0, reason: "nothing" }, /points must not be 0/],
          [{ points: 1.5, reason: "half" }, /'points'/],
          [{ points: 5 }, /reason/],
          [{ points: 5, reason: "ok" }, /'reason'/],
          [{ points: 5, reason: "fine", actor_id: "user_x" }, /actor_id/],
        ]
        for (const [body, message] of cases) {
          const bad = await attempt(api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, body, bearer(admin)))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect((await attempt(api.post(`/admin/customers/cus_missing/loyalty-adjustments`, { points: 5, reason: "Nobody" }, bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.get(`/admin/customers/cus_missing/loyalty`, bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.get(`/admin/customers/${customer.id}/loyalty`, bearer(customer.token)))).status).toEqual(401)
        expect((await attempt(api.get(`/admin/customers/${customer.id}/loyalty?order=points`, bearer(admin)))).status).toEqual(400)
        expect((await attempt(api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, { points: 5, reason: "Not allowed" }, bearer(support.token)))).status).toEqual(403)
        expect((await attempt(api.post(`/admin/customers/${customer.id}/loyalty-adjustments`, { points: 5, reason: "Not allowed" }, bearer(customer.token)))).status).toEqual(401)
        expect((await summary(customer.token)).balance).toEqual(25)
      })
    })
  },
})

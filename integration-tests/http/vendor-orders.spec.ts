import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import rejectUnacceptedVendorOrders, { NOT_ACCEPTED_REASON } from "../../src/jobs/reject-unaccepted-vendor-orders"
import { DaraaEvents } from "../../src/events"
import { ORDER_GROUP_MODULE } from "../../src/modules/order-group"
import { roundToCurrency } from "../../src/modules/commission/commission-calculation"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, readableHttpErrors, settled } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"

jest.setTimeout(300 * 1000)

type Seller = Awaited<ReturnType<typeof sellingVendor>>

/** Subscribers run after the request has answered: read until the expected value shows up. */

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
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const orderGroups = () => getContainer().resolve(ORDER_GROUP_MODULE) as any

    /** Every vendor order move the event bus carried, as subscribers receive them. */
    const moves: any[] = []
    const MOVE_EVENTS = [
      DaraaEvents.VENDOR_ORDER_ACCEPTED,
      DaraaEvents.VENDOR_ORDER_PREPARING,
      DaraaEvents.VENDOR_ORDER_READY,
      DaraaEvents.VENDOR_ORDER_REJECTED,
      DaraaEvents.VENDOR_ORDER_CANCELLED,
    ]

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of MOVE_EVENTS) {
        eventBus.subscribe(name, async (event: any) => {
          moves.push({ name, ...event.data })
        })
      }
    })

    /** The events of one order's moves, once they have all arrived. */
    const movesOf = (orderId: string, count: number) =>
      eventually(`${count} move event(s) of ${orderId}`, async () => moves.filter((move) => move.id === orderId), (found) => found.length >= count)

    /** An order's recorded moves, as the admin sees them. */
    const historyOf = async (orderId: string) =>
      ((await api.get(`/admin/vendor-orders/${orderId}`, bearer(admin))).data.vendor_order.status_changes as any[]).map((change) =>
        [change.action, change.from_status, change.to_status, change.actor_type, change.actor_id ? "by id" : "no id"].join(" ")
      )
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    /**
     * Approved vendors with one product each, each charged a 10% commission;
     * made one after the other, since product handles come from titles.
     */
    async function sellers(count: number): Promise<Seller[]> {
      const made: Seller[] = []
      for (let index = 0; index < count; index++) {
        const name = `Store ${nextId()}`
        const seller = await sellingVendor(api, admin, { name, product: { title: `${name} Kaak` } })
        await api.post("/admin/commission-rules", { name: `${name} deal`, vendor_id: seller.vendor.id, percent_rate: 10 }, bearer(admin))
        made.push(seller)
      }
      return made
    }

    async function shopper() {
      const token = await customerToken(api, publishableKey, `shopper-${nextId()}@example.com`)
      const { data } = await api.get("/store/customers/me", store(token))
      return { token, id: data.customer.id as string }
    }

    /** One checkout of the customer's at the given vendors; answers each vendor's order, in the vendors' order. */
    async function checkout(vendors: Seller[], customer: string) {
      const lines = vendors.map((vendor, index) => ({ variant_id: vendor.product.variants[0].id, quantity: index + 1 }))
      const { cartId, headers } = await marketplaceCart(api, publishableKey, lines, customer)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
      const orders = vendors.map((vendor) => data.order_group.orders.find((order: any) => order.vendor.id === vendor.vendor.id))
      return { group: data.order_group as { id: string; orders: any[] }, orders }
    }

    /** The group's money: the rail payment's captures, and every refund made on its orders' own payments. */
    async function paymentOf(groupId: string) {
      const { data } = await query().graph({
        entity: "order_group",
        fields: ["payment_collection.payments.id", "payment_collection.payments.captures.*", "orders.payment_collections.payments.refunds.*"],
        filters: { id: groupId },
      })
      const rails = (data[0] as any).payment_collection.payments as any[]
      expect(rails).toHaveLength(1)
      const refunds = ((data[0] as any).orders as any[]).flatMap((order) =>
        (order.payment_collections ?? []).flatMap((collection: any) => (collection.payments ?? []).flatMap((payment: any) => payment.refunds ?? []))
      )
      return { ...rails[0], refunds }
    }

    const refundedTotal = (payment: any) => MathBN.sum(0, ...payment.refunds.map((refund: any) => refund.raw_amount ?? refund.amount))

    async function summaryOf(orderId: string) {
      const { data } = await query().graph({ entity: "order", fields: ["id", "status", "total", "summary.*"], filters: { id: orderId } })
      return data[0] as any
    }

    async function reservationsOf(order: any) {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      return inventory.listReservationItems({ line_item_id: order.items.map((item: any) => item.id) })
    }

    const customerFeed = async (token: string) =>
      (await api.get("/store/notifications?limit=100", store(token))).data.notifications as any[]
    const vendorFeed = async (token: string) => (await api.get("/vendor/notifications?limit=100", bearer(token))).data.notifications as any[]
    const waitForFeed = (read: () => Promise<any[]>, event: string, resourceId: string) =>
      eventually(`${event} on ${resourceId}`, read, (feed) => feed.some((n) => n.event === event && n.resource_id === resourceId)).then(
        (feed) => feed.filter((n) => n.event === event && n.resource_id === resourceId)
      )

    const act = (vendor: Seller, orderId: string, action: string, body: Record<string, unknown> = {}) =>
      attempt(api.post(`/vendor/orders/${orderId}/${action}`, body, bearer(vendor.token)))

    describe("reading", () => {
      it("shows each vendor only its own order of a three-vendor checkout, with its customer, items and commission", async () => {
        const vendors = await sellers(3)
        const customer = await shopper()
        const { group, orders } = await checkout(vendors, customer.token)

        for (const [index, vendor] of vendors.entries()) {
          const { data: list } = await api.get("/vendor/orders", bearer(vendor.token))
          expect(list.orders.map((order: any) => order.id)).toEqual([orders[index].id])
          expect(list).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
          const listed = list.orders[0]
          expect(listed).toEqual(
            expect.objectContaining({
              display_id: orders[index].display_id,
              vendor_status: "pending",
              status: "pending",
              currency_code: orders[index].currency_code,
              item_count: index + 1,
              customer: { first_name: "Sami", last_name: "Haddad" },
            })
          )
          expect(MathBN.eq(listed.total, orders[index].total)).toBe(true)
          expect(new Date(listed.accept_by).getTime()).toBeGreaterThan(Date.now())

          const { data: one } = await api.get(`/vendor/orders/${orders[index].id}`, bearer(vendor.token))
          const order = one.order
          expect(order.items.map((item: any) => [item.variant_id, item.quantity])).toEqual([[vendor.product.variants[0].id, index + 1]])
          expect(order.shipping_methods).toHaveLength(1)
          expect(order.shipping_address).toEqual(expect.objectContaining({ first_name: "Lina", city: "Daraa" }))
          expect(MathBN.eq(order.summary.paid_total, order.total)).toBe(true)
          expect(order.order_group_id).toEqual(group.id)
          // What the vendor keeps: the commission base of its lines (its items, without delivery) less the commission.
          expect(order.commission_lines).toHaveLength(1)
          const base = order.commission_lines[0].base_amount
          expect(MathBN.eq(base, order.item_total)).toBe(true)
          expect(MathBN.eq(order.commission_total, roundToCurrency(MathBN.mult(base, 0.1), order.currency_code))).toBe(true)
          expect(MathBN.gt(order.commission_total, 0)).toBe(true)
          expect(MathBN.eq(order.net_total, MathBN.sub(base, order.commission_total))).toBe(true)
          expect(MathBN.eq(listed.net_total, order.net_total)).toBe(true)
        }

        // Another vendor's order is not there: 404 on reading it and on every action, body or not.
        const [first, second] = vendors
        const foreign = orders[1].id
        expect((await attempt(api.get(`/vendor/orders/${foreign}`, bearer(first.token)))).status).toEqual(404)
        for (const action of ["accept", "preparing", "ready"]) {
          expect((await act(first, foreign, action)).status).toEqual(404)
        }
        expect((await act(first, foreign, "reject", { reason: "Not mine" })).status).toEqual(404)
        expect((await act(first, foreign, "reject")).status).toEqual(404)
        expect((await api.get(`/vendor/orders/${foreign}`, bearer(second.token))).data.order.vendor_status).toEqual("pending")
        expect((await attempt(api.get("/vendor/orders/order_missing", bearer(first.token)))).status).toEqual(404)

        // The customer hears once for the checkout, naming every order; each vendor hears of its own order.
        const placed = await waitForFeed(() => customerFeed(customer.token), "order-placed", group.id)
        expect(placed).toHaveLength(1)
        for (const order of orders) {
          expect(placed[0].body).toContain(`#${order.display_id}`)
        }
        expect((await customerFeed(customer.token)).filter((n) => n.event === "order-placed")).toHaveLength(1)
        await waitForFeed(() => vendorFeed(second.token), "vendor-new-order", orders[1].id)
      })

      it("filters by vendor status, date and display id, pages, and lists newest first", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const before = new Date(Date.now() - 1000).toISOString()
        const placed: any[] = []
        for (let index = 0; index < 3; index++) {
          placed.push((await checkout([vendor], customer.token)).orders[0])
        }
        const [oldest, middle, newest] = placed
        expect((await act(vendor, middle.id, "accept")).status).toEqual(200)

        const list = async (search: string) => (await api.get(`/vendor/orders${search}`, bearer(vendor.token))).data
        const idsOf = (data: any) => data.orders.map((order: any) => order.id)

        expect(idsOf(await list(""))).toEqual([newest.id, middle.id, oldest.id])
        expect(idsOf(await list("?order=display_id"))).toEqual([oldest.id, middle.id, newest.id])
        expect(idsOf(await list("?vendor_status=pending"))).toEqual([newest.id, oldest.id])
        // `status` is the route map's name for the same filter.
        expect(idsOf(await list("?status=accepted"))).toEqual([middle.id])
        expect(idsOf(await list("?vendor_status=pending,accepted"))).toHaveLength(3)
        expect(idsOf(await list("?vendor_status=pending&vendor_status=accepted"))).toHaveLength(3)
        expect(idsOf(await list("?vendor_status=rejected"))).toEqual([])
        expect(idsOf(await list(`?display_id=${middle.display_id}`))).toEqual([middle.id])

        expect(idsOf(await list(`?created_at[gte]=${encodeURIComponent(before)}`))).toHaveLength(3)
        expect(idsOf(await list(`?created_at[lte]=${encodeURIComponent(before)}`))).toEqual([])
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
        expect(idsOf(await list(`?created_at[gte]=${tomorrow}`))).toEqual([])
        expect(idsOf(await list(`?created_at[lte]=${tomorrow}&vendor_status=pending`))).toEqual([newest.id, oldest.id])

        const firstPage = await list("?limit=2")
        expect(idsOf(firstPage)).toEqual([newest.id, middle.id])
        expect([firstPage.count, firstPage.offset, firstPage.limit]).toEqual([3, 0, 2])
        const secondPage = await list("?limit=2&offset=2")
        expect(idsOf(secondPage)).toEqual([oldest.id])
        expect(secondPage.count).toEqual(3)
      })
    })

    describe("refusals", () => {
      it("answers 401 to the wrong actor and 400 naming the field to bad input", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const { orders } = await checkout([vendor], customer.token)
        const order = orders[0]

        expect((await attempt(api.get("/vendor/orders", bearer(customer.token)))).status).toEqual(401)
        expect((await attempt(api.get(`/vendor/orders/${order.id}`, bearer(customer.token)))).status).toEqual(401)
        expect((await attempt(api.post(`/vendor/orders/${order.id}/accept`, {}, bearer(customer.token)))).status).toEqual(401)
        expect((await attempt(api.post(`/store/orders/${order.id}/cancel`, {}, store(vendor.token)))).status).toEqual(401)
        expect((await attempt(api.post(`/store/orders/${order.id}/cancel`, {}, store()))).status).toEqual(401)
        expect((await attempt(api.post(`/admin/vendor-orders/${order.id}/cancel`, { reason: "Fraud" }, bearer(vendor.token)))).status).toEqual(401)

        const noReason = await act(vendor, order.id, "reject")
        expect(noReason.status).toEqual(400)
        expect(noReason.data.message).toContain("reason")
        for (const body of [{ reason: "   " }, { reason: "x".repeat(501) }, { reason: "Closed today", note: "extra" }]) {
          const answer = await act(vendor, order.id, "reject", body)
          expect(answer.status).toEqual(400)
          expect(answer.data.message).toMatch(/reason|note/)
        }
        expect((await act(vendor, order.id, "accept", { unexpected: true })).status).toEqual(400)

        for (const [search, field] of [
          ["?vendor_status=shipped", "vendor_status"],
          ["?status=shipped", "status"],
          ["?created_at[gte]=yesterday", "created_at"],
          ["?created_at[lte]=2026-13-45", "created_at"],
          ["?limit=101", "limit"],
          ["?display_id=abc", "display_id"],
          ["?order=total", "order"],
          ["?vendor=other", "vendor"],
        ]) {
          const answer = await attempt(api.get(`/vendor/orders${search}`, bearer(vendor.token)))
          expect([search, answer.status]).toEqual([search, 400])
          expect(answer.data.message).toContain(field)
        }
        // Nothing of that moved the order.
        expect((await api.get(`/vendor/orders/${order.id}`, bearer(vendor.token))).data.order.vendor_status).toEqual("pending")
      })

      it("moves an order through its states, any member role may act, and refuses invalid transitions with 409", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const { orders } = await checkout([vendor], customer.token)
        const order = orders[0]

        // Preparing needs an accepted order.
        const early = await act(vendor, order.id, "preparing")
        expect(early.status).toEqual(409)
        expect(early.data.message).toContain("pending")

        // A staff member may act on orders.
        const staff = await staffOf(vendor)
        const accepted = await act(staff, order.id, "accept")
        expect(accepted.status).toEqual(200)
        expect(accepted.data.order).toEqual(expect.objectContaining({ id: order.id, vendor_status: "accepted", status: "pending" }))
        expect(accepted.data.order.accepted_at).toBeTruthy()

        const twice = await act(vendor, order.id, "accept")
        expect(twice.status).toEqual(409)
        expect(twice.data.message).toContain("accepted")

        // The customer may cancel only until the vendor accepts.
        const late = await attempt(api.post(`/store/orders/${order.id}/cancel`, {}, store(customer.token)))
        expect(late.status).toEqual(409)

        expect((await act(vendor, order.id, "preparing")).data.order.vendor_status).toEqual("preparing")
        const ready = await act(vendor, order.id, "ready")
        expect(ready.data.order).toEqual(expect.objectContaining({ vendor_status: "ready_for_pickup" }))
        expect(ready.data.order.ready_at).toBeTruthy()
        expect((await act(vendor, order.id, "preparing")).status).toEqual(409)
        expect((await act(vendor, order.id, "reject", { reason: "Too late" })).status).toEqual(409)

        // Nothing was refunded along the way, and the customer heard of each step.
        expect(MathBN.eq(refundedTotal(await paymentOf((await orderGroupOf(order.id))!)), 0)).toBe(true)

        // Each move is recorded with who made it and when, and announced once with the order's amounts.
        expect(await historyOf(order.id)).toEqual([
          "accept pending accepted vendor by id",
          "prepare accepted preparing vendor by id",
          "ready preparing ready_for_pickup vendor by id",
        ])
        const vendorView = (await api.get(`/vendor/orders/${order.id}`, bearer(vendor.token))).data.order
        expect(vendorView.status_changes.map((change: any) => [change.action, change.actor_type, "actor_id" in change])).toEqual([
          ["accept", "vendor", false],
          ["prepare", "vendor", false],
          ["ready", "vendor", false],
        ])
        const events = await movesOf(order.id, 3)
        expect(events.map((event) => [event.name, event.from, event.to, event.actor.type])).toEqual([
          [DaraaEvents.VENDOR_ORDER_ACCEPTED, "pending", "accepted", "vendor"],
          [DaraaEvents.VENDOR_ORDER_PREPARING, "accepted", "preparing", "vendor"],
          [DaraaEvents.VENDOR_ORDER_READY, "preparing", "ready_for_pickup", "vendor"],
        ])
        for (const event of events) {
          expect(event).toEqual(expect.objectContaining({ vendor_id: vendor.vendor.id, at: expect.any(String) }))
          expect(event.amounts).toEqual(
            expect.objectContaining({ currency_code: "syp", refunded_total: "0", commission: MathBN.convert(vendorView.commission_total).toFixed() })
          )
          expect(MathBN.eq(event.amounts.paid_total, order.total)).toBe(true)
          expect(MathBN.eq(event.amounts.vendor_net, vendorView.net_total)).toBe(true)
        }
        await waitForFeed(() => customerFeed(customer.token), "vendor-order-accepted", order.id)
        await waitForFeed(() => customerFeed(customer.token), "vendor-order-ready", order.id)
      })
    })

    /** A staff member of the vendor, signed in. */
    async function staffOf(vendor: Seller): Promise<Seller> {
      const email = `staff-${nextId()}@example.com`
      const { data: invite } = await api.post("/vendor/invites", { email, role: "staff" }, bearer(vendor.token))
      const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "staff-password" })
      await api.post("/vendor/invites/accept", { token: invite.invite.token }, bearer(registration.token))
      const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
      const { data: me } = await api.get("/vendor/me", bearer(refreshed.token))
      expect(me.member.role).toEqual("staff")
      return { ...vendor, token: refreshed.token }
    }

    async function orderGroupOf(orderId: string) {
      const [state] = await orderGroups().listVendorOrderStates({ order_id: orderId }, { select: ["order_group_id"] })
      return state?.order_group_id as string | undefined
    }

    describe("closing an order", () => {
      it("refunds exactly the rejected order's share, cancels it and frees its stock, leaving the other orders alone", async () => {
        const vendors = await sellers(3)
        const customer = await shopper()
        const { group, orders } = await checkout(vendors, customer.token)
        const [kept, rejected, other] = orders
        const reservationsBefore = await reservationsOf(other)
        expect(reservationsBefore).toHaveLength(1)
        expect(await reservationsOf(rejected)).toHaveLength(1)
        const beforeRejection = (await api.get(`/vendor/orders/${rejected.id}`, bearer(vendors[1].token))).data.order
        expect(MathBN.gt(beforeRejection.commission_total, 0)).toBe(true)

        const answer = await act(vendors[1], rejected.id, "reject", { reason: "Out of labneh today" })
        expect(answer.status).toEqual(200)
        expect(answer.data.order).toEqual(
          expect.objectContaining({ vendor_status: "rejected", status: "canceled", status_reason: "Out of labneh today" })
        )
        expect(answer.data.order.rejected_at).toBeTruthy()

        // One refund, of exactly this order's total, on the one payment.
        const payment = await paymentOf(group.id)
        expect(payment.refunds).toHaveLength(1)
        expect(MathBN.eq(refundedTotal(payment), rejected.total)).toBe(true)
        const summary = await summaryOf(rejected.id)
        expect(summary.status).toEqual("canceled")
        expect(MathBN.eq(summary.summary.refunded_total, rejected.total)).toBe(true)
        const transactions = await getContainer().resolve(Modules.ORDER).listOrderTransactions({ order_id: rejected.id, reference: "refund" })
        expect(transactions).toHaveLength(1)
        expect(MathBN.eq(MathBN.mult(transactions[0].raw_amount ?? transactions[0].amount, -1), rejected.total)).toBe(true)

        // The other orders keep their share, their status and their stock.
        for (const order of [kept, other]) {
          const untouched = await summaryOf(order.id)
          expect(untouched.status).toEqual("pending")
          expect(MathBN.eq(untouched.summary.paid_total, order.total)).toBe(true)
          expect(MathBN.eq(untouched.summary.refunded_total, 0)).toBe(true)
        }
        expect(await reservationsOf(rejected)).toEqual([])
        expect((await reservationsOf(other)).map((r: any) => r.id)).toEqual(reservationsBefore.map((r: any) => r.id))

        // The customer hears of it with the reason; rejecting again changes nothing.
        const [declined] = await waitForFeed(() => customerFeed(customer.token), "vendor-order-rejected", rejected.id)
        expect(declined.body).toContain("Out of labneh today")
        expect((await act(vendors[1], rejected.id, "reject", { reason: "Again" })).status).toEqual(409)
        expect((await paymentOf(group.id)).refunds).toHaveLength(1)
        // A cancelled order keeps no commission, and the vendor nothing of it, as soon as the rejection answers:
        // one adjustment per line, caused by the cancel, never a rewritten line.
        expect(MathBN.eq(answer.data.order.commission_total, 0) && MathBN.eq(answer.data.order.net_total, 0)).toBe(true)
        expect(answer.data.order.commission_lines[0].adjustments).toEqual([
          expect.objectContaining({ cause: `cancel:${rejected.id}`, amount_delta: -beforeRejection.commission_total }),
        ])
        const [rejectedEvent] = await movesOf(rejected.id, 1)
        expect(rejectedEvent).toEqual(
          expect.objectContaining({
            name: DaraaEvents.VENDOR_ORDER_REJECTED,
            from: "pending",
            to: "rejected",
            reason: "Out of labneh today",
            rejected_by: "vendor",
            actor: { type: "vendor", id: expect.any(String) },
          })
        )
        expect(rejectedEvent.amounts).toEqual(expect.objectContaining({ commission: "0", vendor_net: "0" }))
        expect(MathBN.eq(rejectedEvent.amounts.refunded_total, rejected.total)).toBe(true)
        const keptOrder = (await api.get(`/vendor/orders/${kept.id}`, bearer(vendors[0].token))).data.order
        expect(MathBN.gt(keptOrder.commission_total, 0)).toBe(true)
      })

      it("lets the customer cancel a pending order of their own, refunding it", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        const { group, orders } = await checkout(vendors, customer.token)
        const [cancelled, kept] = orders

        const stranger = await shopper()
        expect((await attempt(api.post(`/store/orders/${cancelled.id}/cancel`, {}, store(stranger.token)))).status).toEqual(404)
        expect((await attempt(api.post(`/store/orders/order_missing/cancel`, {}, store(customer.token)))).status).toEqual(404)

        const answer = await api.post(`/store/orders/${cancelled.id}/cancel`, { reason: "Ordered twice" }, store(customer.token))
        expect(answer.data.order).toEqual(expect.objectContaining({ id: cancelled.id, vendor_status: "cancelled", status: "canceled" }))
        const payment = await paymentOf(group.id)
        expect(payment.refunds).toHaveLength(1)
        expect(MathBN.eq(refundedTotal(payment), cancelled.total)).toBe(true)
        expect(await reservationsOf(cancelled)).toEqual([])
        expect((await summaryOf(kept.id)).status).toEqual("pending")

        expect((await attempt(api.post(`/store/orders/${cancelled.id}/cancel`, {}, store(customer.token)))).status).toEqual(409)
        expect((await paymentOf(group.id)).refunds).toHaveLength(1)

        const [heard] = await waitForFeed(() => customerFeed(customer.token), "vendor-order-cancelled", cancelled.id)
        expect(heard.body).toContain(`#${cancelled.display_id}`)
        expect(heard.body).toContain("refunded")
        const [told] = await waitForFeed(() => vendorFeed(vendors[0].token), "vendor-cancelled-order", cancelled.id)
        expect(told.body).toContain("Ordered twice")
        const { data: list } = await api.get("/vendor/orders?vendor_status=cancelled", bearer(vendors[0].token))
        expect(list.orders.map((order: any) => order.id)).toEqual([cancelled.id])
        expect(await historyOf(cancelled.id)).toEqual(["cancel pending cancelled customer by id"])
        const [event] = await movesOf(cancelled.id, 1)
        expect(event).toEqual(expect.objectContaining({ name: DaraaEvents.VENDOR_ORDER_CANCELLED, actor: { type: "customer", id: customer.id } }))
      })

      it("rejects pending orders past their deadline, refunding them, and leaves accepted and not-yet-due orders alone", async () => {
        const vendors = await sellers(3)
        const customer = await shopper()
        const { group, orders } = await checkout(vendors, customer.token)
        const [overdue, accepted, notDue] = orders
        expect((await act(vendors[1], accepted.id, "accept")).status).toEqual(200)
        await makeOverdue([overdue.id, accepted.id])

        const result = await rejectUnacceptedVendorOrders(getContainer())
        expect(result.rejected).toContain(overdue.id)
        expect(result.rejected).not.toContain(accepted.id)
        expect(result.rejected).not.toContain(notDue.id)
        expect(result.failed).toEqual([])

        const statusOf = async (vendor: Seller, id: string) => (await api.get(`/vendor/orders/${id}`, bearer(vendor.token))).data.order
        expect(await statusOf(vendors[0], overdue.id)).toEqual(
          expect.objectContaining({ vendor_status: "rejected", status: "canceled", status_reason: NOT_ACCEPTED_REASON })
        )
        expect((await statusOf(vendors[1], accepted.id)).vendor_status).toEqual("accepted")
        expect((await statusOf(vendors[2], notDue.id)).vendor_status).toEqual("pending")
        const payment = await paymentOf(group.id)
        expect(payment.refunds).toHaveLength(1)
        expect(MathBN.eq(refundedTotal(payment), overdue.total)).toBe(true)

        // A second run finds nothing more to do.
        const again = await rejectUnacceptedVendorOrders(getContainer())
        expect(again.rejected).not.toContain(overdue.id)
        expect((await paymentOf(group.id)).refunds).toHaveLength(1)
        await waitForFeed(() => customerFeed(customer.token), "vendor-order-rejected", overdue.id)
        // The platform rejected it, not the store: the store hears not to prepare it.
        const [told] = await waitForFeed(() => vendorFeed(vendors[0].token), "vendor-cancelled-order", overdue.id)
        expect(told.body).toContain(NOT_ACCEPTED_REASON)
        expect(await historyOf(overdue.id)).toEqual(["reject pending rejected system no id"])
        expect((await movesOf(overdue.id, 1))[0]).toEqual(expect.objectContaining({ rejected_by: "platform", actor: { type: "system", id: null } }))
      })

      it("keeps rejecting the rest when the oldest overdue order cannot be rejected", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()
        const { orders } = await checkout([vendor], customer.token)
        await makeOverdue([orders[0].id])
        // A state whose order cannot be canceled, overdue for longer than any other.
        const stuckGroup = await orderGroups().createOrderGroups({ cart_id: `cart_stuck_${nextId()}`, currency_code: "syp", total: 1 })
        const stuck = await orderGroups().createVendorOrderStates({
          order_id: "order_that_does_not_exist",
          vendor_id: vendor.vendor.id,
          display_id: 0,
          accept_by: new Date(Date.now() - 24 * 3600_000),
          order_group_id: stuckGroup.id,
        })
        try {
          // One at a time: the stuck order comes first, and the real one must still be reached.
          const result = await rejectUnacceptedVendorOrders(getContainer(), 1)
          expect(result.failed).toEqual(["order_that_does_not_exist"])
          expect(result.rejected).toEqual([orders[0].id])
        } finally {
          await orderGroups().deleteVendorOrderStates(stuck.id)
          await orderGroups().deleteOrderGroups(stuckGroup.id)
        }
      })

      async function makeOverdue(orderIds: string[]) {
        const states = await orderGroups().listVendorOrderStates({ order_id: orderIds }, { select: ["id"] })
        await orderGroups().updateVendorOrderStates(states.map((state: any) => ({ id: state.id, accept_by: new Date(Date.now() - 60_000) })))
      }

      it("lets exactly one of an accept and a racing reject win, and never refunds twice", async () => {
        const [vendor] = await sellers(1)
        const customer = await shopper()

        // Accept against the auto-reject job: one of them, never both.
        for (let round = 0; round < 3; round++) {
          const { group, orders } = await checkout([vendor], customer.token)
          const order = orders[0]
          await makeOverdue([order.id])
          const [accepted, job] = await Promise.all([act(vendor, order.id, "accept"), rejectUnacceptedVendorOrders(getContainer())])
          const final = (await api.get(`/vendor/orders/${order.id}`, bearer(vendor.token))).data.order
          const refunds = (await paymentOf(group.id)).refunds
          if (accepted.status === 200) {
            expect(job.rejected).not.toContain(order.id)
            expect(final.vendor_status).toEqual("accepted")
            expect(refunds).toEqual([])
          } else {
            expect(accepted.status).toEqual(409)
            expect(job.rejected).toContain(order.id)
            expect(final.vendor_status).toEqual("rejected")
            expect(refunds).toHaveLength(1)
          }
        }

        // The job read the order as pending, then the vendor accepted it: the job leaves it accepted.
        {
          const { group, orders } = await checkout([vendor], customer.token)
          const order = orders[0]
          await makeOverdue([order.id])
          const service = orderGroups()
          const stale = await service.listVendorOrderStates({ order_id: order.id }, { select: ["id", "order_id"] })
          expect((await act(vendor, order.id, "accept")).status).toEqual(200)
          const original = service.listVendorOrderStates.bind(service)
          // The job's first read answers the stale list; its next read (leaving out what it tried) finds nothing more.
          const spy = jest.spyOn(service, "listVendorOrderStates").mockImplementation(((filters: any, config: any) =>
            filters?.vendor_status === "pending" && filters?.accept_by
              ? Promise.resolve(filters.id ? [] : stale)
              : original(filters, config)) as any)
          try {
            const job = await rejectUnacceptedVendorOrders(getContainer())
            expect(job.rejected).toEqual([])
            expect(job.skipped).toEqual([order.id])
          } finally {
            spy.mockRestore()
          }
          expect((await api.get(`/vendor/orders/${order.id}`, bearer(vendor.token))).data.order.vendor_status).toEqual("accepted")
          expect((await summaryOf(order.id)).status).toEqual("pending")
          expect((await paymentOf(group.id)).refunds).toEqual([])
        }

        // Two rejections at once (the vendor and an admin): one wins, one refund.
        {
          const { group, orders } = await checkout([vendor], customer.token)
          const order = orders[0]
          const answers = await Promise.all(
            settled([
              api.post(`/vendor/orders/${order.id}/reject`, { reason: "Closed" }, bearer(vendor.token)),
              api.post(`/admin/vendor-orders/${order.id}/cancel`, { reason: "Fraud check" }, bearer(admin)),
              api.post(`/vendor/orders/${order.id}/reject`, { reason: "Closed" }, bearer(vendor.token)),
            ])
          )
          expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409])
          const payment = await paymentOf(group.id)
          expect(payment.refunds).toHaveLength(1)
          expect(MathBN.eq(refundedTotal(payment), order.total)).toBe(true)
        }

        // The vendor's accept and reject at once: whichever came last decides, and a rejection refunds once.
        {
          const { group, orders } = await checkout([vendor], customer.token)
          const order = orders[0]
          const [accepted, rejected] = await Promise.all(
            settled([
              api.post(`/vendor/orders/${order.id}/accept`, {}, bearer(vendor.token)),
              api.post(`/vendor/orders/${order.id}/reject`, { reason: "Changed our mind" }, bearer(vendor.token)),
            ])
          )
          expect(rejected.status === 200 || accepted.status === 200).toBe(true)
          const final = (await api.get(`/vendor/orders/${order.id}`, bearer(vendor.token))).data.order
          const refunds = (await paymentOf(group.id)).refunds
          expect(final.vendor_status).toEqual(rejected.status === 200 ? "rejected" : "accepted")
          expect(refunds).toHaveLength(final.vendor_status === "rejected" ? 1 : 0)
        }

        // The customer's cancel against the vendor's accept: both need a pending order, so exactly one wins.
        {
          const { group, orders } = await checkout([vendor], customer.token)
          const order = orders[0]
          const [accepted, cancelled] = await Promise.all(
            settled([
              api.post(`/vendor/orders/${order.id}/accept`, {}, bearer(vendor.token)),
              api.post(`/store/orders/${order.id}/cancel`, {}, store(customer.token)),
            ])
          )
          expect([accepted.status, cancelled.status].sort()).toEqual([200, 409])
          expect((await paymentOf(group.id)).refunds).toHaveLength(cancelled.status === 200 ? 1 : 0)
        }
      })

      it("refunds an order's share once however many refunds of it race", async () => {
        const vendors = await sellers(2)
        const customer = await shopper()
        const { group, orders } = await checkout(vendors, customer.token)
        const [refunded, kept] = orders
        const runs = await Promise.all(
          settled([1, 2, 3].map(() => api.post(`/admin/vendor-orders/${refunded.id}/refund`, { amount: Number(refunded.total) }, bearer(admin))))
        )
        expect(runs.map((run) => run.status).sort()).toEqual([200, 400, 400])
        const payment = await paymentOf(group.id)
        expect(payment.refunds).toHaveLength(1)
        expect(MathBN.eq(refundedTotal(payment), refunded.total)).toBe(true)
        expect(MathBN.eq((await summaryOf(refunded.id)).summary.refunded_total, refunded.total)).toBe(true)
        expect(MathBN.eq((await summaryOf(kept.id)).summary.refunded_total, 0)).toBe(true)
      })

      it("refunds an admin's cancel once, through Daraa's route or Medusa's own", async () => {
        const vendors = await sellers(3)
        const customer = await shopper()
        const { group, orders } = await checkout(vendors, customer.token)
        const [byDaraa, byMedusa, acceptedByMedusa] = orders

        const bad = await attempt(api.post(`/admin/vendor-orders/${byDaraa.id}/cancel`, {}, bearer(admin)))
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("reason")
        expect((await attempt(api.post(`/admin/vendor-orders/order_missing/cancel`, { reason: "Fraud" }, bearer(admin)))).status).toEqual(404)

        const cancelled = await api.post(`/admin/vendor-orders/${byDaraa.id}/cancel`, { reason: "Suspected fraud" }, bearer(admin))
        expect(cancelled.data.vendor_order).toEqual(expect.objectContaining({ vendor_status: "rejected", status: "canceled", status_reason: "Suspected fraud" }))
        // Medusa's own cancel of the same order is refused (already canceled) and refunds nothing more.
        expect((await attempt(api.post(`/admin/orders/${byDaraa.id}/cancel`, {}, bearer(admin)))).status).toBeGreaterThanOrEqual(400)
        expect((await paymentOf(group.id)).refunds).toHaveLength(1)

        // Medusa's own cancel of a pending vendor order: cancelled and refunded, once, with this order's share only.
        expect((await api.post(`/admin/orders/${byMedusa.id}/cancel`, {}, bearer(admin))).status).toEqual(200)
        const afterMedusa = (await api.get(`/vendor/orders/${byMedusa.id}`, bearer(vendors[1].token))).data.order
        expect(afterMedusa).toEqual(expect.objectContaining({ vendor_status: "cancelled", status: "canceled" }))
        let payment = await paymentOf(group.id)
        expect(payment.refunds).toHaveLength(2)
        expect(MathBN.eq(refundedTotal(payment), MathBN.add(byDaraa.total, byMedusa.total))).toBe(true)
        expect(await reservationsOf(byMedusa)).toEqual([])

        // An accepted order can only leave by rejection; a ready one can no longer be canceled at all.
        await act(vendors[2], acceptedByMedusa.id, "accept")
        await act(vendors[2], acceptedByMedusa.id, "ready")
        const refused = await attempt(api.post(`/admin/orders/${acceptedByMedusa.id}/cancel`, {}, bearer(admin)))
        expect(refused.status).toEqual(409)
        expect((await summaryOf(acceptedByMedusa.id)).status).toEqual("pending")
        expect(await reservationsOf(acceptedByMedusa)).toHaveLength(1)
        expect((await paymentOf(group.id)).refunds).toHaveLength(2)

        const { orders: [accepted] } = await checkout([vendors[2]], customer.token)
        await act(vendors[2], accepted.id, "accept")
        expect((await api.post(`/admin/orders/${accepted.id}/cancel`, {}, bearer(admin))).status).toEqual(200)
        const rejected = (await api.get(`/vendor/orders/${accepted.id}`, bearer(vendors[2].token))).data.order
        expect(rejected).toEqual(expect.objectContaining({ vendor_status: "rejected", status: "canceled" }))
        payment = await paymentOf((await orderGroupOf(accepted.id))!)
        expect(payment.refunds).toHaveLength(1)
        expect(MathBN.eq(refundedTotal(payment), accepted.total)).toBe(true)

        // Every path went through the one transition: recorded with who asked, and the commission adjusted by the cancel.
        expect(await historyOf(byDaraa.id)).toEqual(["reject pending rejected admin by id"])
        expect(await historyOf(byMedusa.id)).toEqual(["cancel pending cancelled admin no id"])
        expect(await historyOf(acceptedByMedusa.id)).toEqual([
          "accept pending accepted vendor by id",
          "ready accepted ready_for_pickup vendor by id",
        ])
        expect(await historyOf(accepted.id)).toEqual(["accept pending accepted vendor by id", "reject accepted rejected admin no id"])
        for (const id of [byDaraa.id, byMedusa.id, accepted.id]) {
          const { data } = await api.get(`/admin/vendor-orders/${id}`, bearer(admin))
          expect(MathBN.eq(data.vendor_order.commission_total, 0)).toBe(true)
          expect(data.vendor_order.commission_lines[0].adjustments.map((adjustment: any) => adjustment.cause)).toEqual([`cancel:${id}`])
        }
        expect((await movesOf(accepted.id, 2)).map((event) => [event.name, event.actor.type])).toEqual([
          [DaraaEvents.VENDOR_ORDER_ACCEPTED, "vendor"],
          [DaraaEvents.VENDOR_ORDER_REJECTED, "admin"],
        ])
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { customerCheckout, vendorAcceptsOrder } from "../../docs/examples/js-sdk-checkout"
import { demoVendorCredentials, seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { readableHttpErrors } from "../helpers/actors"

jest.setTimeout(240 * 1000)

/**
 * Medusa's Next.js starter (medusajs/nextjs-starter-medusa, js-sdk 2.21),
 * unmodified, shopping three vendors: the store calls its data layer
 * (src/lib/data/*.ts) sends, in the order its pages send them, with the same
 * paths, bodies and `fields`. What its pages then read must be there, or the
 * page crashes: the confirmation page reads
 * `order.payment_collections[0].payments[0]` and looks its `provider_id` up in
 * a fixed list of known providers.
 */

// The `fields` strings exactly as the starter writes them, spaces and trailing comma included.
const PRODUCT_LIST_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*variants.images,+metadata,+tags,"
const PRODUCT_RAIL_FIELDS = "*variants.calculated_price"
const CART_FIELDS =
  "*items, *region, *items.product, *items.variant, *items.thumbnail, *items.metadata, +items.total, *promotions, +shipping_methods.name"
const CART_ID_FIELDS = "id,region_id"
const ORDER_FIELDS = "*payment_collections.payments,*items,*items.metadata,*items.variant,*items.product"
const ORDER_LIST_FIELDS = "*items,+items.metadata,*items.variant,*items.product"
const CUSTOMER_FIELDS = "*orders"
// The providers the starter can name on its pages (src/lib/constants.tsx); any other crashes them.
const STARTER_KNOWN_PROVIDERS = [
  "pp_stripe_stripe",
  "pp_medusa-payments_default",
  "pp_stripe-ideal_stripe",
  "pp_stripe-bancontact_stripe",
  "pp_paypal_paypal",
  "pp_system_default",
]
const COUNTRY = "sy"
// The demo vendors' delivery fees, priced by daraa-delivery in the seeded Daraa city zone: the
// starter sends no coordinates, so each runs from the vendor to the zone's centre at
// 100 + 50 per km (0.298, 0.634 and 1.060 km), rounded to whole pounds.
const ZONE_FEES = [115, 132, 153]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      readableHttpErrors(api)
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })

    /** The browser's cookies, as the starter keeps them: the cart id and the customer's token. */
    function browser() {
      const state: { cartId?: string; token?: string } = {}
      const headers = () => ({
        headers: {
          "x-publishable-api-key": publishableKey,
          ...(state.token ? { authorization: `Bearer ${state.token}` } : {}),
        },
      })
      const get = async (path: string, query: Record<string, unknown> = {}) =>
        (await api.get(path, { ...headers(), params: query })).data
      const post = async (path: string, body: unknown = {}, query: Record<string, unknown> = {}) =>
        (await api.post(path, body, { ...headers(), params: query })).data
      return { state, get, post }
    }

    /** The starter's `getRegion(countryCode)`: the region that lists the country. */
    async function region(b: ReturnType<typeof browser>) {
      const { regions } = await b.get("/store/regions")
      return regions.find((r: any) => r.countries?.some((c: any) => c.iso_2 === COUNTRY))
    }

    /** The starter's `getOrSetCart` then `addToCart`. */
    async function addToCart(b: ReturnType<typeof browser>, regionId: string, variantId: string) {
      let cart = b.state.cartId ? (await b.get(`/store/carts/${b.state.cartId}`, { fields: CART_ID_FIELDS })).cart : null
      if (!cart) {
        cart = (await b.post("/store/carts", { region_id: regionId })).cart
        b.state.cartId = cart.id
      }
      await b.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
    }

    /** The starter's `signup`: register, create the customer, log in, and hand the cart over. */
    async function signUp(b: ReturnType<typeof browser>, email: string) {
      const password = "starter-password"
      const { token } = (await api.post("/auth/customer/emailpass/register", { email, password })).data
      b.state.token = token
      await b.post("/store/customers", { email, first_name: "Nour", last_name: "Haddad", phone: "" })
      b.state.token = (await api.post("/auth/customer/emailpass", { email, password })).data.token
      if (b.state.cartId) {
        await b.post(`/store/carts/${b.state.cartId}/customer`)
      }
    }

    const address = {
      first_name: "Nour",
      last_name: "Haddad",
      address_1: "Hospital Street 3",
      address_2: "",
      company: "",
      postal_code: "",
      city: "Daraa",
      country_code: COUNTRY,
      province: "",
      phone: "+963944000222",
    }

    /** Browsing, the cart and checkout through the starter's calls, up to the confirmation page's data. */
    async function shopThreeVendors(b: ReturnType<typeof browser>, options: { email: string; signUpBeforeCheckout: boolean }) {
      const shopRegion = await region(b)
      expect(shopRegion).toBeTruthy()

      // Home page: collections, then each collection's rail of products.
      const { collections } = await b.get("/store/collections", { fields: "id, handle, title", limit: "100", offset: "0" })
      expect(collections.length).toBeGreaterThanOrEqual(2)
      for (const collection of collections) {
        const rail = await b.get("/store/products", {
          limit: 12,
          offset: 0,
          region_id: shopRegion.id,
          fields: PRODUCT_RAIL_FIELDS,
          collection_id: collection.id,
        })
        expect(rail.products.length).toBeGreaterThan(0)
      }

      // Store page.
      const { products, count } = await b.get("/store/products", { limit: 12, offset: 0, region_id: shopRegion.id, fields: PRODUCT_LIST_FIELDS })
      expect(count).toBeGreaterThanOrEqual(10)
      const oneOfEachVendor = new Map<string, any>()
      for (const product of products) {
        if (!oneOfEachVendor.has(product.vendor.handle)) {
          oneOfEachVendor.set(product.vendor.handle, product)
        }
      }
      expect(oneOfEachVendor.size).toEqual(3)

      // Product pages, then "Add to cart" on each.
      for (const listed of oneOfEachVendor.values()) {
        const {
          products: [product],
        } = await b.get("/store/products", { limit: 12, offset: 0, region_id: shopRegion.id, fields: PRODUCT_LIST_FIELDS, handle: listed.handle })
        expect(product.thumbnail).toBeTruthy()
        expect(product.variants[0].calculated_price.calculated_amount).toBeGreaterThan(0)
        await addToCart(b, shopRegion.id, product.variants[0].id)
      }
      const cartId = b.state.cartId!

      if (options.signUpBeforeCheckout) {
        await signUp(b, options.email)
      }

      // Checkout, address step.
      const { cart: atCheckout } = await b.get(`/store/carts/${cartId}`, { fields: CART_FIELDS })
      expect(atCheckout.items).toHaveLength(3)
      if (b.state.token) {
        await b.get("/store/customers/me", { fields: CUSTOMER_FIELDS })
      }
      await b.get("/store/payment-providers", { region_id: shopRegion.id })
      await b.post(`/store/carts/${cartId}`, { shipping_address: address, email: options.email, billing_address: address })

      // Delivery step: every option in one radio group; the shopper clicks the first one, once.
      const { shipping_options } = await b.get("/store/shipping-options", { cart_id: cartId })
      expect(shipping_options.length).toBeGreaterThanOrEqual(3)
      // The starter prices each calculated option on its own before showing it.
      const shown: number[] = []
      for (const option of shipping_options.filter((option: any) => option.price_type === "calculated")) {
        shown.push((await b.post(`/store/shipping-options/${option.id}/calculate`, { cart_id: cartId })).shipping_option.amount)
      }
      expect(shown.sort((x, y) => x - y)).toEqual(ZONE_FEES)
      await b.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shipping_options[0].id })

      // Payment step.
      const { cart: atPayment } = await b.get(`/store/carts/${cartId}`, { fields: CART_FIELDS })
      expect(atPayment.shipping_methods).toHaveLength(3)
      let collectionId = atPayment.payment_collection?.id
      if (!collectionId) {
        collectionId = (await b.post("/store/payment-collections", { cart_id: cartId })).payment_collection.id
      }
      await b.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: "pp_system_default" })

      // Review step: what the shopper sees is what is charged.
      const { cart: atReview } = await b.get(`/store/carts/${cartId}`, { fields: CART_FIELDS })
      expect(atReview.shipping_total).toEqual(ZONE_FEES[0] + ZONE_FEES[1] + ZONE_FEES[2])
      expect(atReview.total).toEqual(atReview.item_total + atReview.shipping_total)

      const placed = await b.post(`/store/carts/${cartId}/complete`)
      expect(placed.type).toEqual("order")
      expect(placed.order.shipping_address.country_code.toLowerCase()).toEqual(COUNTRY)
      b.state.cartId = undefined

      // The confirmation page.
      const { order } = await b.get(`/store/orders/${placed.order.id}`, { fields: ORDER_FIELDS })
      return { placed, order, charged: atReview.total as number }
    }

    /** What the starter's confirmation and order pages read from one order, but its payment. */
    function expectOrderPageData(order: any, email: string) {
      expect(order.email).toEqual(email)
      expect(order.display_id).toEqual(expect.any(Number))
      expect(Number.isNaN(new Date(order.created_at).getTime())).toBe(false)
      expect(order.currency_code).toEqual("syp")
      expect(order.shipping_address).toEqual(
        expect.objectContaining({ first_name: "Nour", last_name: "Haddad", address_1: "Hospital Street 3", city: "Daraa" })
      )
      expect(order.shipping_address.country_code.toLowerCase()).toEqual(COUNTRY)
      expect(order.shipping_methods).toHaveLength(1)
      expect(order.shipping_methods[0]).toEqual(expect.objectContaining({ name: expect.stringContaining("Delivery by") }))
      expect(ZONE_FEES).toContain(order.shipping_methods[0].total)
      expect(order.items.length).toBeGreaterThan(0)
      for (const item of order.items) {
        expect(item.product_title).toBeTruthy()
        expect(item.thumbnail).toBeTruthy()
        expect(item.variant?.id).toBeTruthy()
        expect(item.product?.id).toBeTruthy()
        expect(item.quantity).toEqual(1)
      }
      for (const total of ["subtotal", "shipping_total", "tax_total", "discount_total", "total"]) {
        expect(order[total]).toEqual(expect.any(Number))
      }
      // Medusa's order subtotal includes the delivery.
      expect(order.shipping_total).toEqual(order.shipping_methods[0].total)
      expect(order.total).toEqual(order.subtotal + order.tax_total - order.discount_total)
    }

    /**
     * The payment details block: `order.payment_collections[0].payments[0]`,
     * this order's own payment, of the provider the shopper chose (the page
     * looks its name up by `provider_id`), for this order's total, captured.
     */
    function expectOwnCapturedPayment(order: any) {
      const payment = order.payment_collections?.[0]?.payments?.[0]
      // One comparison, so that a failure shows every part of the payment block at once.
      expect({
        payment_collections: order.payment_collections?.length ?? 0,
        provider_id: payment?.provider_id,
        amount: payment?.amount,
        payment_status: order.payment_status,
      }).toEqual({ payment_collections: 1, provider_id: "pp_system_default", amount: order.total, payment_status: "captured" })
      expect(STARTER_KNOWN_PROVIDERS).toContain(payment.provider_id)
    }

    for (const shopper of ["registered customer", "guest"] as const) {
      describe(`a ${shopper}`, () => {
        const b = browser()
        const email = `${shopper === "guest" ? "guest" : "nour"}-${Date.now()}@example.com`
        let placed: any
        let order: any
        let charged: number
        let vendorOrders: any[]

        beforeAll(async () => {
          ;({ placed, order, charged } = await shopThreeVendors(b, { email, signUpBeforeCheckout: shopper === "registered customer" }))
          vendorOrders = []
          for (const { id } of placed.order_group.orders) {
            vendorOrders.push((await b.get(`/store/orders/${id}`, { fields: ORDER_FIELDS })).order)
          }
        })

        it("completes the cart as one order per vendor, charging what the review step showed", () => {
          expect(placed.order_group.orders).toHaveLength(3)
          expect(vendorOrders.map((o) => o.total).reduce((a, b) => a + b, 0)).toEqual(charged)
        })

        it("answers the confirmation page's order with everything the page shows", () => {
          expectOrderPageData(order, email)
          for (const vendorOrder of vendorOrders) {
            expectOrderPageData(vendorOrder, email)
          }
        })

        it("answers the confirmation page's order with its own captured payment", () => {
          expectOwnCapturedPayment(order)
        })

        it("answers every vendor's order with its own captured payment", () => {
          for (const vendorOrder of vendorOrders) {
            expectOwnCapturedPayment(vendorOrder)
          }
        })

        if (shopper === "registered customer") {
          it("lists the orders on the account pages", async () => {
            const { customer } = await b.get("/store/customers/me", { fields: CUSTOMER_FIELDS })
            expect(customer.email).toEqual(email)
            const { orders } = await b.get("/store/orders", { limit: 10, offset: 0, order: "-created_at", fields: ORDER_LIST_FIELDS })
            expect(orders.map((o: any) => o.id).sort()).toEqual(placed.order_group.orders.map((o: any) => o.id).sort())
            for (const listed of orders) {
              expect(listed.items.length).toBeGreaterThan(0)
              expect(listed.items[0].product?.id).toBeTruthy()
              const { order: page } = await b.get(`/store/orders/${listed.id}`, { fields: ORDER_FIELDS })
              expectOrderPageData(page, email)
            }
          })
        }
      })
    }

    // docs/clients.md's example, run as it is written (docs/examples/js-sdk-checkout.ts).
    describe("the js-sdk guide", () => {
      it("checks out three vendors and lets a vendor accept its order, through @medusajs/js-sdk", async () => {
        const connection = { baseUrl: api.defaults.baseURL as string, publishableKey }
        const email = `sdk-${Date.now()}@example.com`
        const { order_group, order_groups } = await customerCheckout({ ...connection, email, password: "sdk-password" })

        expect(order_group.orders).toHaveLength(3)
        expect(new Set(order_group.orders.map((order) => order.vendor.id)).size).toEqual(3)
        expect(order_groups.map((group) => group.id)).toEqual([order_group.id])
        expect(order_groups[0]).toEqual({
          id: order_group.id,
          orders: order_group.orders.map((order) => ({
            display_id: order.display_id,
            vendor: { name: order.vendor.name },
            vendor_status: "pending",
          })),
        })

        const first = order_group.orders[0]
        const login = demoVendorCredentials().find((credentials) => credentials.handle === first.vendor.handle)!
        const { vendor, orders, accepted } = await vendorAcceptsOrder({ ...connection, email: login.email, password: login.password })
        expect(vendor.id).toEqual(first.vendor.id)
        expect(orders[0]).toEqual({ id: first.id, display_id: first.display_id, net_total: expect.any(Number) })
        expect(accepted).toEqual(expect.objectContaining({ id: first.id, vendor_status: "accepted" }))
      })
    })
  },
})

/**
 * Daraa from a storefront or an app, with Medusa's own js-sdk
 * (docs/clients.md). This file is the guide's example and is run as it is by
 * integration-tests/http/storefront-starter.spec.ts.
 */
import Medusa from "@medusajs/js-sdk"

type Connection = { baseUrl: string; publishableKey?: string }

/** In Node (an app's server, a script), the token is kept in memory; a browser may keep it in localStorage instead. */
export function daraaClient({ baseUrl, publishableKey }: Connection) {
  return new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
}

type Vendor = { id: string; handle: string; name: string }
type OrderGroup = { id: string; orders: { id: string; display_id: number; vendor: Vendor; vendor_status: string }[] }

/**
 * A customer signs up, fills one cart from three vendors, chooses each
 * vendor's delivery, pays, and completes: one order group, one order per vendor.
 */
export async function customerCheckout(connection: Connection & { email: string; password: string }) {
  const sdk = daraaClient(connection)
  const { email, password } = connection

  // Sign up: the login, then the customer, then log in again so the token names the customer.
  await sdk.auth.register("customer", "emailpass", { email, password })
  await sdk.store.customer.create({ email, first_name: "Lina", last_name: "Saleh" })
  await sdk.auth.login("customer", "emailpass", { email, password })

  // Daraa's own routes go through sdk.client.fetch, with the same headers and token.
  const { vendors } = await sdk.client.fetch<{ vendors: Vendor[] }>("/store/vendors", {
    query: { limit: 3, fields: "id,handle,name" },
  })

  // One cart for every vendor: add one product of each.
  const { regions } = await sdk.store.region.list()
  const { cart } = await sdk.store.cart.create({ region_id: regions[0].id, email })
  for (const vendor of vendors) {
    const productsOfVendor = { vendor_id: vendor.id, limit: 1, fields: "id,title,*variants" }
    const { products } = await sdk.store.product.list(productsOfVendor)
    await sdk.store.cart.createLineItem(cart.id, { variant_id: products[0].variants![0].id, quantity: 1 })
  }
  await sdk.store.cart.update(cart.id, {
    shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" },
  })

  // Delivery: each vendor ships its own order, so the cart needs one shipping method per vendor.
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const optionPerVendor = new Map<string, string>()
  for (const option of shipping_options as (typeof shipping_options[number] & { vendor?: Vendor })[]) {
    if (option.vendor && !optionPerVendor.has(option.vendor.id)) {
      optionPerVendor.set(option.vendor.id, option.id)
    }
  }
  for (const optionId of optionPerVendor.values()) {
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId })
  }

  // Payment: one session for the whole cart. Daraa's own providers are pp_wallet_wallet and pp_cod_cod.
  const { cart: ready } = await sdk.store.cart.retrieve(cart.id)
  await sdk.store.payment.initiatePaymentSession(ready, { provider_id: "pp_system_default" })

  // Complete: Medusa's answer, plus the order group with one order per vendor.
  const placed = (await sdk.store.cart.complete(cart.id)) as Awaited<ReturnType<typeof sdk.store.cart.complete>> & {
    order_group?: OrderGroup
  }
  if (placed.type !== "order" || !placed.order_group) {
    throw new Error(`The cart was not completed: ${JSON.stringify(placed)}`)
  }

  // Later, the customer's checkouts, newest first.
  const { order_groups } = await sdk.client.fetch<{ order_groups: OrderGroup[]; count: number }>("/store/order-groups", {
    query: { limit: 5, fields: "id,orders.display_id,orders.vendor.name,orders.vendor_status" },
  })
  return { order_group: placed.order_group, order_groups }
}

/** A vendor member logs in, reads the orders waiting for it, and accepts the first. */
export async function vendorAcceptsOrder(connection: Connection & { email: string; password: string }) {
  const sdk = daraaClient({ baseUrl: connection.baseUrl })
  await sdk.auth.login("vendor", "emailpass", { email: connection.email, password: connection.password })

  const { vendor } = await sdk.client.fetch<{ vendor: Vendor }>("/vendor/me")
  const { orders } = await sdk.client.fetch<{ orders: { id: string; display_id: number; net_total: number }[] }>("/vendor/orders", {
    query: { vendor_status: "pending", order: "-created_at", fields: "id,display_id,net_total" },
  })
  const { order } = await sdk.client.fetch<{ order: { id: string; vendor_status: string } }>(`/vendor/orders/${orders[0].id}/accept`, {
    method: "POST",
    body: {},
  })
  return { vendor, orders, accepted: order }
}

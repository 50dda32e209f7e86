import { bearer, registerVendor, vendorAction } from "./actors"

export function productBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Kaak with Sesame",
    description: "Ring-shaped bread with sesame.",
    status: "published",
    options: [{ title: "Pack", values: ["6 pieces", "12 pieces"] }],
    variants: [
      { title: "6 pieces", sku: `KAAK-6-${Math.random().toString(36).slice(2, 8)}`, options: { Pack: "6 pieces" }, prices: [{ amount: 40, currency_code: "syp" }, { amount: 0.35, currency_code: "usd" }], stock_quantity: 25 },
      { title: "12 pieces", options: { Pack: "12 pieces" }, prices: [{ amount: 75, currency_code: "syp" }], stock_quantity: 10 },
    ],
    ...overrides,
  }
}

export async function createProduct(api: any, token: string, overrides: Record<string, unknown> = {}) {
  const { data } = await api.post("/vendor/products", productBody(overrides), bearer(token))
  return data.product
}

/** A cart holding `quantity` of the variant, with shipping and a system payment session: ready to complete. */
export async function readyCart(api: any, publishableKey: string, variantId: string, quantity = 1) {
  const headers = { headers: { "x-publishable-api-key": publishableKey } }
  const { data: regions } = await api.get("/store/regions", headers)
  const { data: created } = await api.post(
    "/store/carts",
    { region_id: regions.regions[0].id, email: "buyer@example.com", items: [{ variant_id: variantId, quantity }] },
    headers
  )
  const cartId = created.cart.id
  await api.post(
    `/store/carts/${cartId}`,
    { shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" } },
    headers
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, headers)
  await payWithSystemProvider(api, publishableKey, cartId)
  return cartId as string
}

/** A payment session with Medusa's system provider (or another); a cart whose total changed needs a new one. */
export async function payWithSystemProvider(api: any, publishableKey: string, cartId: string, providerId = "pp_system_default", customer?: string) {
  // Signed in when the cart is a customer's, as storefronts do: the wallet pays only for its owner.
  const headers = { headers: { "x-publishable-api-key": publishableKey, ...(customer ? { authorization: `Bearer ${customer}` } : {}) } }
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: providerId },
    headers
  )
}

/** A registered, approved vendor with one published product: something to buy from. */
export async function sellingVendor(api: any, admin: string, input: { name?: string; product?: Record<string, unknown> } = {}) {
  const registration = await registerVendor(api, { name: input.name })
  const product = await createProduct(api, registration.token, {
    title: `Kaak ${Math.random().toString(36).slice(2, 8)}`,
    ...(input.product ?? {}),
  })
  await vendorAction(api, admin, registration.vendor.id, "approve")
  return { ...registration, product }
}

/**
 * A cart holding the given lines from any vendors, with each vendor's first
 * delivery option chosen and a system payment session: ready to complete.
 */
export async function marketplaceCart(
  api: any,
  publishableKey: string,
  lines: { variant_id: string; quantity: number }[],
  customer?: string,
  payment: { provider_id?: string } = {},
  // Merged into the shipping address, set before delivery and payment are chosen (a later
  // change reprices delivery and so drops the payment session, as Medusa does).
  address: Record<string, unknown> = {}
) {
  const headers = { headers: { "x-publishable-api-key": publishableKey, ...(customer ? { authorization: `Bearer ${customer}` } : {}) } }
  const { data: regions } = await api.get("/store/regions", headers)
  const { data: created } = await api.post(
    "/store/carts",
    { region_id: regions.regions[0].id, ...(customer ? {} : { email: "buyer@example.com" }), items: lines },
    headers
  )
  const cartId = created.cart.id as string
  await api.post(
    `/store/carts/${cartId}`,
    { shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy", ...address } },
    headers
  )
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const firstPerVendor = new Map<string, string>()
  for (const option of options.shipping_options) {
    if (option.vendor && !firstPerVendor.has(option.vendor.id)) {
      firstPerVendor.set(option.vendor.id, option.id)
    }
  }
  for (const optionId of firstPerVendor.values()) {
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, headers)
  }
  await payWithSystemProvider(api, publishableKey, cartId, payment.provider_id, customer)
  const { data } = await api.get(`/store/carts/${cartId}`, headers)
  return { cartId, cart: data.cart, headers }
}

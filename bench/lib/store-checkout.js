"use strict"

/**
 * A shopper's checkout through the store API, shared by the checkout
 * benchmarks: a JSON client, the demo vendors' variants stocked so that no
 * cart runs out, and a cart made ready to complete.
 */

const DEMO_VENDORS = ["hauran-bakery", "daraa-fresh-market", "al-balad-pantry"]
const LINES_PER_CART = 3
// Enough that no run ever sells out and the low-stock reaction stays quiet.
const STOCK = 1_000_000

function client({ baseUrl, publishableKey }) {
  async function call(method, route, body, token) {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: {
        "content-type": "application/json",
        "x-publishable-api-key": publishableKey,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new Error(`${method} ${route} → ${response.status}: ${data.message ?? ""}`)
    }
    return data
  }
  return { get: (route, token) => call("GET", route, undefined, token), post: (route, body = {}, token) => call("POST", route, body, token) }
}

/** Each demo vendor's first three variants, stocked so that no cart runs out. */
async function demoVariants(api) {
  const password = process.env.DEMO_VENDOR_PASSWORD || "daraa-vendor"
  const variantsByVendor = []
  for (const handle of DEMO_VENDORS) {
    const { token } = await api.post("/auth/vendor/emailpass", { email: `${handle}@daraa.local`, password })
    const { products } = await api.get("/vendor/products?limit=50", token)
    const variants = products.flatMap((product) => product.variants.map((variant) => ({ product_id: product.id, variant_id: variant.id })))
    if (variants.length < LINES_PER_CART) {
      throw new Error(`${handle} sells ${variants.length} variants; the benchmark needs ${LINES_PER_CART}`)
    }
    const chosen = variants.slice(0, LINES_PER_CART)
    for (const { product_id, variant_id } of chosen) {
      await api.post(`/vendor/products/${product_id}/variants/${variant_id}/stock`, { stocked_quantity: STOCK }, token)
    }
    variantsByVendor.push(chosen.map(({ variant_id }) => variant_id))
  }
  return variantsByVendor
}

/** A cart with the lines, an address, each vendor's first delivery option and a system payment session. */
async function readyCart(api, regionId, variantIds) {
  const { cart } = await api.post("/store/carts", {
    region_id: regionId,
    // One shopper per cart: carts made in parallel with one guest email race to create its customer.
    email: `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    items: variantIds.map((variant_id) => ({ variant_id, quantity: 1 })),
  })
  await api.post(`/store/carts/${cart.id}`, {
    shipping_address: { first_name: "Lina", last_name: "Saleh", address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" },
  })
  const { shipping_options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`)
  const firstPerVendor = new Map()
  for (const option of shipping_options) {
    if (option.vendor && !firstPerVendor.has(option.vendor.id)) {
      firstPerVendor.set(option.vendor.id, option.id)
    }
  }
  for (const optionId of firstPerVendor.values()) {
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: optionId })
  }
  const { payment_collection } = await api.post("/store/payment-collections", { cart_id: cart.id })
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  return cart.id
}

module.exports = { DEMO_VENDORS, LINES_PER_CART, client, demoVariants, readyCart }

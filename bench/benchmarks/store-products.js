"use strict"

/**
 * The baseline: Medusa's own product listing, as a storefront calls it.
 * Every other benchmark prints its ratio against this one.
 */
module.exports = {
  name: "store-products",
  description: "GET /store/products (stock Medusa route, demo catalog)",
  async prepare({ publishableKey }) {
    return {
      method: "GET",
      path: "/store/products?limit=20",
      headers: { "x-publishable-api-key": publishableKey },
    }
  },
}

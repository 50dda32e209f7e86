"use strict"

/** One store's page of products: /store/products narrowed by `vendor_id`. */
module.exports = {
  name: "store-products-by-vendor",
  description: "GET /store/products?vendor_id= (a demo vendor's catalog)",
  async prepare({ baseUrl, publishableKey }) {
    const headers = { "x-publishable-api-key": publishableKey }
    const response = await fetch(`${baseUrl}/store/vendors/daraa-fresh-market`, { headers })
    const { vendor } = await response.json()
    return { method: "GET", path: `/store/products?limit=20&vendor_id=${vendor.id}`, headers }
  },
}

"use strict"

/** The storefront's "stores near me": active vendors ordered by great-circle distance. */
module.exports = {
  name: "store-vendors-nearby",
  description: "GET /store/vendors?latitude&longitude (demo vendors around Daraa)",
  async prepare({ publishableKey }) {
    return {
      method: "GET",
      path: "/store/vendors?latitude=32.62&longitude=36.10&limit=20",
      headers: { "x-publishable-api-key": publishableKey },
    }
  },
}

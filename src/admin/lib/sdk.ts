import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined

/** The js-sdk on the signed-in admin's own session (the dashboard's cookie). */
export const sdk = new Medusa({
  baseUrl: typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/",
  auth: { type: "session" },
})

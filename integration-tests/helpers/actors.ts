import { demoAdminCredentials } from "../../src/scripts/demo/seed-demo-marketplace"

/** What a client does to act as each kind of user, through the public HTTP API. */

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

export async function adminToken(api: any) {
  const { data } = await api.post("/auth/user/emailpass", demoAdminCredentials())
  return data.token as string
}

export async function customerToken(api: any, publishableKey: string, email = `shopper-${Date.now()}@example.com`) {
  const password = "shopper-password"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", { email, password })
  await api.post(
    "/store/customers",
    { email, first_name: "Sami", last_name: "Haddad" },
    { headers: { authorization: `Bearer ${registration.token}`, "x-publishable-api-key": publishableKey } }
  )
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return data.token as string
}

export type VendorRegistration = {
  email?: string
  password?: string
  name?: string
  handle?: string
  latitude?: number
  longitude?: number
}

export function vendorBody(input: VendorRegistration & { email: string }) {
  return {
    name: input.name ?? `Hauran Bakery ${Math.random().toString(36).slice(2, 7)}`,
    ...(input.handle ? { handle: input.handle } : {}),
    description: "Fresh bread every morning.",
    email: input.email,
    phone: "+963944000111",
    address: {
      address_1: "Omar Al-Mukhtar Street 12",
      city: "Daraa",
      country_code: "sy",
      latitude: input.latitude ?? 32.6189,
      longitude: input.longitude ?? 36.1021,
    },
    member: { first_name: "Rami", last_name: "Khalil" },
  }
}

/** Registers a login, creates the vendor and answers a vendor token carrying the owner member. */
export async function registerVendor(api: any, input: VendorRegistration = {}) {
  const email = input.email ?? `owner-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  const password = input.password ?? "vendor-password"
  const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password })
  const { data: created } = await api.post("/vendor/vendors", vendorBody({ ...input, email }), bearer(registration.token))
  const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
  return { vendor: created.vendor, token: refreshed.token as string, email, password }
}

export async function vendorAction(api: any, admin: string, vendorId: string, action: string, reason?: string) {
  return api.post(`/admin/vendors/${vendorId}/${action}`, reason ? { reason } : {}, bearer(admin))
}

/** Axios rejects on 4xx; tests read the response either way. */
export const attempt = (request: Promise<any>) => request.then((r) => r, (e) => e.response)

/** Makes a failed request's error say which request failed and why, instead of only its status. */
export function readableHttpErrors(api: any) {
  api.interceptors.response.use(undefined, (error: any) => {
    if (error?.response && error.config) {
      error.message = `${error.config.method?.toUpperCase()} ${error.config.url} → ${error.response.status}: ${error.response.data?.message ?? ""}`
    }
    return Promise.reject(error)
  })
}

/** Starts requests together and catches each at once, so a 4xx is an answer to read, not an unhandled rejection. */
export const settled = (requests: Promise<any>[]) => requests.map(attempt)

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

export type CourierRegistration = {
  email?: string
  password?: string
  first_name?: string
  last_name?: string
  phone?: string
  vehicle_type?: string
}

export function courierBody(input: CourierRegistration = {}) {
  return {
    first_name: input.first_name ?? "Omar",
    last_name: input.last_name ?? "Haddad",
    phone: input.phone ?? "+963944000222",
    vehicle_type: input.vehicle_type ?? "motorcycle",
  }
}

/** Registers a courier login, creates the courier and answers a courier token carrying it. */
export async function registerCourier(api: any, input: CourierRegistration = {}) {
  const email = input.email ?? `courier-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  const password = input.password ?? "courier-password"
  const { data: registration } = await api.post("/auth/courier/emailpass/register", { email, password })
  const { data: created } = await api.post("/courier/couriers", courierBody(input), bearer(registration.token))
  const { data: refreshed } = await api.post("/auth/token/refresh", {}, bearer(registration.token))
  return { courier: created.courier, token: refreshed.token as string, registrationToken: registration.token as string, email, password }
}

export async function courierAction(api: any, admin: string, courierId: string, action: string, reason?: string) {
  return api.post(`/admin/couriers/${courierId}/${action}`, reason ? { reason } : {}, bearer(admin))
}

/**
 * An admin user with a Daraa role, made as Medusa's invite flow would (a user
 * and its emailpass identity), whose role the super admin then sets through
 * `POST /admin/users/:id/role`. Answers its token.
 */
export async function adminWithRole(api: any, container: any, superAdmin: string, role: string) {
  const email = `${role}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@daraa.example`
  const password = "admin-password"
  const [user] = await container.resolve("user").createUsers([{ email, first_name: role, last_name: "Admin" }])
  const auth = container.resolve("auth")
  const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  await api.post(`/admin/users/${user.id}/role`, { role }, bearer(superAdmin))
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { id: user.id as string, token: data.token as string, email }
}

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import axios from "axios"
import fs from "fs"
import http from "http"
import path from "path"
import { ROLE_RULES, roleMayCall } from "../../src/api/admin-access/role-table"
import { SECURITY_MODULE } from "../../src/modules/security"
import { ADMIN_ROLES, type AdminRole } from "../../src/modules/security/admin-roles"
import type SecurityModuleService from "../../src/modules/security/service"
import { WALLET_MODULE } from "../../src/modules/wallet"
import { platformAccount } from "../../src/modules/wallet/ledger-types"
import type WalletModuleService from "../../src/modules/wallet/service"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, registerVendor } from "../helpers/actors"
import { marketplaceCart, sellingVendor } from "../helpers/catalog"
import { eventually } from "../helpers/eventually"
import { fillRoute, scanRoutes, type RouteMethod } from "../helpers/routes"

jest.setTimeout(300 * 1000)

// medusa-config reads the environment before the runner applies its `env`, so
// what the config must see is set here, and put back after the suite.
const PORT = 21000 + Math.floor(Math.random() * 2000)
const settings: Record<string, string> = {
  PORT: String(PORT),
  LOGIN_MAX_ATTEMPTS_PER_IDENTITY: "2",
  SECURITY_ALERT_EVENTS_PER_IP: "3",
  UNAUTHORIZED_MAX_PER_IP: "5",
}
const previousEnvironment = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]))
Object.assign(process.env, settings)
afterAll(() => {
  for (const [name, value] of Object.entries(previousEnvironment)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

let unique = 0
const nextId = () => `${Date.now()}-${++unique}`

/** A client calling from another loopback address: another caller IP, with no proxy headers involved. */
function callerAt(address: string) {
  return axios.create({ baseURL: `http://127.0.0.1:${PORT}`, httpAgent: new http.Agent({ localAddress: address }), validateStatus: () => true })
}

/**
 * Medusa's own admin routes that move money, found by scanning Medusa's
 * compiled admin routes for those under a rule of the role table that
 * finance may write (refunds, captures, cancels, returns, claims, exchanges,
 * order edits): a route Medusa adds there is swept too.
 */
function medusaMoneyRoutes(): { method: RouteMethod; path: string }[] {
  const root = path.join(path.dirname(require.resolve("@medusajs/medusa/package.json")), "dist", "api")
  const found: { method: RouteMethod; path: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.name === "route.js") {
        const source = fs.readFileSync(full, "utf8")
        const routePath = `/${path.relative(root, dir).split(path.sep).map((segment) => segment.replace(/^\[(.+)\]$/, ":$1")).join("/")}`
        for (const method of ["POST", "DELETE"] as const) {
          if (new RegExp(`exports\\.${method}\\s*=`).test(source)) {
            found.push({ method, path: routePath })
          }
        }
      }
    }
  }
  walk(path.join(root, "admin"))
  const daraaPrefixes = new Set(scanRoutes("admin").map((route) => route.path.split("/")[2]))
  return found.filter(({ path: routePath }) => {
    const concrete = routePath.replace(/:\w+/g, "p_1")
    const rule = ROLE_RULES.find((candidate) => new RegExp(`^${candidate.prefix.replace(/:\w+/g, "[^/]+")}(/|$)`).test(concrete))
    return Boolean(rule?.write.includes("finance")) && !daraaPrefixes.has(routePath.split("/")[2])
  })
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string
    let superAdminId: string
    const team = {} as Record<Exclude<AdminRole, "super_admin">, { id: string; token: string; email: string }>

    const tokenOf = (role: AdminRole) => (role === "super_admin" ? admin : team[role].token)

    /** An admin user made as Medusa's invite flow would, whose role the super admin then sets through the route. */
    async function adminWithRole(role: AdminRole) {
      const email = `${role}-${nextId()}@daraa.example`
      const password = "admin-password"
      const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email, first_name: role, last_name: "Admin" }])
      const auth = getContainer().resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
      await api.post(`/admin/users/${user.id}/role`, { role }, bearer(admin))
      const { data } = await api.post("/auth/user/emailpass", { email, password })
      return { id: user.id, token: data.token as string, email }
    }

    async function auditEntries(params: string) {
      const { data } = await api.get(`/admin/audit-log?${params}`, bearer(admin))
      return data.audit_log as any[]
    }

    beforeAll(async () => {
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
      admin = await adminToken(api)
      superAdminId = (await api.get("/admin/users/me", bearer(admin))).data.user.id
      team.operations = await adminWithRole("operations")
      team.finance = await adminWithRole("finance")
      team.support = await adminWithRole("support")
    })

    describe("admin roles", () => {
      it("makes the demo admin a super_admin and answers each admin's role", async () => {
        const { data } = await api.get(`/admin/users/${superAdminId}/role`, bearer(team.support.token))
        expect(data.role).toEqual({ user_id: superAdminId, role: "super_admin", recorded: true })
        for (const role of ["operations", "finance", "support"] as const) {
          const { data: other } = await api.get(`/admin/users/${team[role].id}/role`, bearer(admin))
          expect(other.role).toEqual({ user_id: team[role].id, role, recorded: true })
        }
      })

      it("gives a user without a recorded role support's rights once a super_admin exists", async () => {
        const email = `newcomer-${nextId()}@daraa.example`
        const [user] = await getContainer().resolve(Modules.USER).createUsers([{ email }])
        const auth = getContainer().resolve(Modules.AUTH)
        const { authIdentity } = await auth.register("emailpass", { body: { email, password: "admin-password" } })
        await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
        const token = (await api.post("/auth/user/emailpass", { email, password: "admin-password" })).data.token
        expect((await api.get(`/admin/users/${user.id}/role`, bearer(admin))).data.role).toEqual({ user_id: user.id, role: "support", recorded: false })
        const refused = await attempt(api.post("/admin/commission-rules", { name: "x", percent_rate: 5 }, bearer(token)))
        expect([refused.status, refused.data.message]).toEqual([403, expect.stringContaining("The support role cannot change commission rules")])
      })

      it("lets only a super_admin set roles, checks the role and the user, and never demotes the last super_admin", async () => {
        const denied = await attempt(api.post(`/admin/users/${team.support.id}/role`, { role: "finance" }, bearer(team.operations.token)))
        expect([denied.status, denied.data.message]).toEqual([403, expect.stringContaining("it needs super_admin")])
        expect((await api.get(`/admin/users/${team.support.id}/role`, bearer(admin))).data.role.role).toEqual("support")

        const badRole = await attempt(api.post(`/admin/users/${team.support.id}/role`, { role: "boss" }, bearer(admin)))
        expect([badRole.status, badRole.data.message]).toEqual([400, expect.stringContaining("role must be one of super_admin, operations, finance, support")])
        const extra = await attempt(api.post(`/admin/users/${team.support.id}/role`, { role: "finance", is_root: true }, bearer(admin)))
        expect([extra.status, extra.data.message]).toEqual([400, expect.stringContaining("is_root")])
        const unknown = await attempt(api.post("/admin/users/user_missing/role", { role: "finance" }, bearer(admin)))
        expect([unknown.status, unknown.data.message]).toEqual([404, "User user_missing was not found."])
        expect((await attempt(api.get("/admin/users/user_missing/role", bearer(admin)))).status).toEqual(404)

        const last = await attempt(api.post(`/admin/users/${superAdminId}/role`, { role: "support" }, bearer(admin)))
        expect([last.status, last.data.message]).toEqual([409, expect.stringContaining("last super_admin")])
        const deleteLast = await attempt(api.delete(`/admin/users/${superAdminId}`, bearer(admin)))
        expect(deleteLast.status).toEqual(409)
        expect((await api.get(`/admin/users/${superAdminId}/role`, bearer(admin))).data.role.role).toEqual("super_admin")

        // With a second super_admin, the first may step down, and then has support's rights.
        const { data: promoted } = await api.post(`/admin/users/${team.finance.id}/role`, { role: "super_admin" }, bearer(admin))
        expect(promoted.role).toEqual({ user_id: team.finance.id, role: "super_admin", recorded: true })
        await api.post(`/admin/users/${superAdminId}/role`, { role: "support" }, bearer(team.finance.token))
        const nowSupport = await attempt(api.post(`/admin/users/${team.support.id}/role`, { role: "finance" }, bearer(admin)))
        expect(nowSupport.status).toEqual(403)

        // A deleted admin's role goes with them.
        await api.delete(`/admin/users/${team.operations.id}`, bearer(team.finance.token))
        const security = getContainer().resolve<SecurityModuleService>(SECURITY_MODULE)
        await eventually("the deleted admin's role to be forgotten", () => security.listAdminRoleAssignments({ user_id: team.operations.id }), (rows) => rows.length === 0)
      })

      const daraaRoutes = scanRoutes("admin").flatMap((route) => route.methods.map((method) => ({ method, path: route.path })))
      const moneyRoutes = medusaMoneyRoutes()

      it("finds Daraa's admin routes and Medusa's money routes by scanning", () => {
        expect(daraaRoutes.map((route) => `${route.method} ${route.path}`)).toEqual(
          expect.arrayContaining(["POST /admin/vendors/:id/:action", "POST /admin/vendor-orders/:id/refund", "POST /admin/wallets/:id/adjustments"])
        )
        expect(moneyRoutes.map((route) => `${route.method} ${route.path}`)).toEqual(
          expect.arrayContaining([
            "POST /admin/payments/:id/refund",
            "POST /admin/payments/:id/capture",
            "POST /admin/orders/:id/cancel",
            "POST /admin/returns/:id/receive/confirm",
            "POST /admin/order-edits/:id/confirm",
            "POST /admin/payment-collections/:id/mark-as-paid",
          ])
        )
      })

      // Allowed means "not 403": with placeholder ids and empty bodies most answers are 400 or 404,
      // from the route itself, past the role check. The 2xx of allowed calls with real ids are in "audit log" below.
      it.each([
        ["Daraa's admin routes", () => daraaRoutes, false],
        ["Medusa's money-moving admin routes", () => moneyRoutes, true],
      ])("answers each role on %s as the role table says: allowed → past the check, denied → 403", async (_name, routes, medusas) => {
        const calls = routes().flatMap((route) => ADMIN_ROLES.map((role) => ({ ...route, role })))
        const wrong: string[] = []
        for (let i = 0; i < calls.length; i += 8) {
          await Promise.all(
            calls.slice(i, i + 8).map(async ({ method, path: routePath, role }) => {
              const url = fillRoute(routePath)
              const response = await attempt(
                api.request({ method, url, data: method === "GET" || method === "DELETE" ? undefined : {}, ...bearer(tokenOf(role)) })
              )
              const allowed = roleMayCall(role, method, url)
              // Some of Medusa's own routes answer 500 to placeholder ids (claims' and exchanges' item deletes): that is past the check too.
              const ok = allowed ? response.status !== 403 && (medusas || response.status < 500) : response.status === 403
              if (!ok) {
                wrong.push(`${role} ${method} ${url} → ${response.status} ${response.data?.message ?? ""} (expected ${allowed ? "allowed" : "403"})`)
              }
            })
          )
        }
        expect(wrong).toEqual([])
      })

      it("answers every role 200 on Daraa's admin lists", async () => {
        const lists = daraaRoutes.filter((route) => route.method === "GET" && !route.path.includes(":"))
        for (const role of ADMIN_ROLES) {
          for (const route of lists) {
            const response = await attempt(api.get(route.path, bearer(tokenOf(role))))
            expect([role, route.path, response.status]).toEqual([role, route.path, 200])
          }
        }
      })
    })

    describe("audit log", () => {
      it("records a vendor's approval with the vendor before and after, who, from where; refuses finance", async () => {
        const { vendor } = await registerVendor(api)
        const denied = await attempt(api.post(`/admin/vendors/${vendor.id}/approve`, {}, bearer(team.finance.token)))
        expect(denied.status).toEqual(403)
        expect(await auditEntries(`target_id=${vendor.id}&actor_type=user`)).toEqual([])

        const approved = await api.post(`/admin/vendors/${vendor.id}/approve`, {}, { headers: { ...bearer(team.operations.token).headers, "user-agent": "ops-console/1.0" } })
        expect(approved.status).toEqual(200)
        const [entry] = await auditEntries(`target_id=${vendor.id}&actor_type=user`)
        expect(entry).toEqual(
          expect.objectContaining({
            actor_type: "user",
            actor_id: team.operations.id,
            action: "POST /admin/vendors/:id/:action",
            target_type: "vendor",
            target_id: vendor.id,
            before: expect.objectContaining({ id: vendor.id, status: "pending" }),
            after: expect.objectContaining({ id: vendor.id, status: "active" }),
            ip: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
            user_agent: "ops-console/1.0",
            created_at: expect.any(String),
          })
        )
      })

      it("records commission rules created and changed by finance; refuses operations", async () => {
        expect((await attempt(api.post("/admin/commission-rules", { name: "Ops rule", percent_rate: 3 }, bearer(team.operations.token)))).status).toEqual(403)
        const { data: created } = await api.post("/admin/commission-rules", { name: "Bakeries", percent_rate: 8 }, bearer(team.finance.token))
        expect(created.commission_rule.id).toBeDefined()
        await api.post(`/admin/commission-rules/${created.commission_rule.id}`, { percent_rate: 6, is_active: false }, bearer(team.finance.token))
        const entries = await auditEntries(`target_type=commission_rule&target_id=${created.commission_rule.id}&order=created_at`)
        expect(entries.map((entry) => [entry.action, entry.actor_id, entry.before?.percent_rate ?? null, entry.after.percent_rate, entry.after.is_active])).toEqual([
          ["POST /admin/commission-rules", team.finance.id, null, 8, true],
          ["POST /admin/commission-rules/:id", team.finance.id, 8, 6, false],
        ])
        expect(Object.keys(entries[1].after).filter((key) => key.startsWith("raw_"))).toEqual([])
      })

      it("records a wallet adjustment with the balance before and after; refuses support", async () => {
        const customer = (await api.get("/store/customers/me", { headers: { authorization: `Bearer ${await customerToken(api, publishableKey, `w-${nextId()}@example.com`)}`, "x-publishable-api-key": publishableKey } })).data.customer
        await getContainer().resolve<WalletModuleService>(WALLET_MODULE).postTransaction({
          type: "refund",
          reference_type: "order",
          reference_id: `order_${nextId()}`,
          idempotency_key: `test:${nextId()}`,
          entries: [
            { ...platformAccount("clearing", "syp"), amount: -40 },
            { owner_type: "customer", owner_id: customer.id, currency_code: "syp", amount: 40 },
          ],
        })
        const account = (await api.get(`/admin/wallets?owner_type=customer&owner_id=${customer.id}`, bearer(admin))).data.wallets[0]
        const refused = await attempt(api.post(`/admin/wallets/${account.id}/adjustments`, { amount: 5, reason: "Goodwill" }, bearer(team.support.token)))
        expect([refused.status, refused.data.message]).toEqual([403, expect.stringContaining("The support role cannot change wallets")])

        await api.post(`/admin/wallets/${account.id}/adjustments`, { amount: 5, reason: "Goodwill" }, bearer(team.finance.token))
        const [entry] = await auditEntries(`target_type=wallet&target_id=${account.id}`)
        expect(entry).toEqual(
          expect.objectContaining({
            actor_id: team.finance.id,
            action: "POST /admin/wallets/:id/adjustments",
            before: expect.objectContaining({ owner_id: customer.id, balance: 40 }),
            after: expect.objectContaining({ owner_id: customer.id, balance: 45 }),
          })
        )
      })

      it("records a vendor order's acceptance by its vendor and a refund by finance, with state and money before and after", async () => {
        const seller = await sellingVendor(api, admin)
        const { cartId, headers } = await marketplaceCart(api, publishableKey, [{ variant_id: seller.product.variants[0].id, quantity: 2 }])
        const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, headers)
        const orderId = placed.order_group.orders[0].id

        await api.post(`/vendor/orders/${orderId}/accept`, {}, bearer(seller.token))
        const [accepted] = await auditEntries(`target_type=vendor_order&target_id=${orderId}&action=POST /vendor/orders/:id/accept`)
        expect(accepted).toEqual(
          expect.objectContaining({
            actor_type: "vendor",
            before: expect.objectContaining({ vendor_status: "pending" }),
            after: expect.objectContaining({ vendor_status: "accepted" }),
          })
        )
        const { data: me } = await api.get("/vendor/me", bearer(seller.token))
        expect(accepted.actor_id).toEqual(me.member.id)

        expect((await attempt(api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 3 }, bearer(team.operations.token)))).status).toEqual(403)
        await api.post(`/admin/vendor-orders/${orderId}/refund`, { amount: 3 }, bearer(team.finance.token))
        const [refund] = await auditEntries(`target_id=${orderId}&action=POST /admin/vendor-orders/:id/refund`)
        const refunded = (entry: any) => Number(entry.order.payment_collections[0].refunded_amount ?? 0)
        expect(refund.actor_id).toEqual(team.finance.id)
        expect([refunded(refund.before), refunded(refund.after)]).toEqual([0, 3])
      })

      it("records a vendor's product edit and a member's role change with before and after", async () => {
        const seller = await sellingVendor(api, admin)
        await api.post(`/vendor/products/${seller.product.id}`, { title: "Kaak, renamed" }, bearer(seller.token))
        const [edit] = await auditEntries(`target_type=product&target_id=${seller.product.id}&action=POST /vendor/products/:id`)
        expect([edit.actor_type, edit.before.title, edit.after.title]).toEqual(["vendor", seller.product.title, "Kaak, renamed"])

        const email = `staff-${nextId()}@example.com`
        const { data: invited } = await api.post("/vendor/invites", { email, role: "staff" }, bearer(seller.token))
        const { data: registration } = await api.post("/auth/vendor/emailpass/register", { email, password: "staff-password" })
        const { data: joined } = await api.post("/vendor/invites/accept", { token: invited.invite.token, first_name: "Huda" }, bearer(registration.token))
        const memberId = joined.member.id
        await api.post(`/vendor/members/${memberId}`, { role: "manager" }, bearer(seller.token))
        const [change] = await auditEntries(`target_type=vendor_member&target_id=${memberId}`)
        expect([change.action, change.before.role, change.after.role]).toEqual(["POST /vendor/members/:id", "staff", "manager"])
        // The invite's token is never in the log.
        const [inviteEntry] = await auditEntries(`action=POST /vendor/invites`)
        expect(JSON.stringify(inviteEntry)).not.toContain(invited.invite.token)
      })

      it("records an admin's role change with the role before and after", async () => {
        await api.post(`/admin/users/${team.support.id}/role`, { role: "operations" }, bearer(admin))
        const [entry] = await auditEntries(`target_type=user&target_id=${team.support.id}&actor_id=${superAdminId}`)
        expect([entry.action, entry.before.role, entry.after.role]).toEqual(["POST /admin/users/:id/role", "support", "operations"])
      })

      it("filters by actor, target, action and time, pages, and names a bad filter", async () => {
        const { vendor } = await registerVendor(api)
        const since = new Date(Date.now() - 1000).toISOString()
        await api.post(`/admin/vendors/${vendor.id}/approve`, {}, bearer(admin))
        await api.post(`/admin/vendors/${vendor.id}/suspend`, { reason: "Complaints" }, bearer(team.operations.token))
        // The vendor's own registration is the first entry; the admins' two follow.
        expect((await auditEntries(`target_id=${vendor.id}&actor_type=vendor`)).map((entry) => entry.action)).toEqual(["POST /vendor/vendors"])
        const { data: page } = await api.get(`/admin/audit-log?target_id=${vendor.id}&actor_type=user&limit=1`, bearer(team.support.token))
        expect([page.count, page.limit, page.offset, page.audit_log.length]).toEqual([2, 1, 0, 1])
        // Newest first.
        expect(page.audit_log[0].actor_id).toEqual(team.operations.id)
        expect((await auditEntries(`target_id=${vendor.id}&actor_id=${superAdminId}`)).map((entry) => entry.after.status)).toEqual(["active"])
        expect((await auditEntries(`created_at[gte]=${since}&action=POST /admin/vendors/:id/:action`)).length).toEqual(2)
        expect((await auditEntries(`created_at[lte]=${since}&target_id=${vendor.id}&actor_type=user`)).length).toEqual(0)
        const { data: narrow } = await api.get(`/admin/audit-log?target_id=${vendor.id}&fields=id,action`, bearer(admin))
        expect(Object.keys(narrow.audit_log[0]).sort()).toEqual(["action", "id"])

        for (const [params, named] of [
          ["created_at[gte]=yesterday", "created_at[gte]"],
          ["actor_type=robot", "actor_type"],
          ["order=before", "order must be one of"],
          ["nonsense=1", "nonsense"],
        ]) {
          const bad = await attempt(api.get(`/admin/audit-log?${params}`, bearer(admin)))
          expect([params, bad.status, bad.data.message]).toEqual([params, 400, expect.stringContaining(named)])
        }
      })

      it("cannot be changed or deleted through any route, nor in the database", async () => {
        const { vendor } = await registerVendor(api)
        await api.post(`/admin/vendors/${vendor.id}/approve`, {}, bearer(admin))
        const before = await auditEntries("limit=100")
        const [entry] = before
        const paths = ["/admin/audit-log", `/admin/audit-log/${entry.id}`, `/admin/audit-log/${entry.id}/delete`]
        for (const url of paths) {
          for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
            const response = await attempt(api.request({ method, url, data: method === "DELETE" ? undefined : { action: "nothing happened" }, ...bearer(admin) }))
            expect([method, url, response.status >= 400]).toEqual([method, url, true])
          }
        }
        expect(await auditEntries("limit=100")).toEqual(before)

        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await expect(pg.raw(`update audit_log_entry set action = 'rewritten' where id = ?`, [entry.id])).rejects.toThrow(/append-only/)
        await expect(pg.raw(`delete from audit_log_entry where id = ?`, [entry.id])).rejects.toThrow(/append-only/)
        expect((await auditEntries(`target_id=${vendor.id}`))[0].action).toEqual(entry.action)
      })
    })

    describe("IP blocklist", () => {
      const prefixes = (publishable: string) => [
        { url: "/store/products", headers: { "x-publishable-api-key": publishable } },
        { url: "/store/vendors", headers: { "x-publishable-api-key": publishable } },
        { url: "/vendor/me", headers: {} },
        { url: "/courier/notifications", headers: {} },
        { url: "/admin/vendors", headers: { authorization: `Bearer ${admin}` } },
        { url: "/auth/user/emailpass", headers: {}, method: "POST" },
        { url: "/health", headers: {} },
      ]

      async function statuses(address: string) {
        const client = callerAt(address)
        return Promise.all(
          prefixes(publishableKey).map(async ({ url, headers, method }) => (await client.request({ method: method ?? "GET", url, headers, data: method ? {} : undefined })).status)
        )
      }

      it("answers 403 on every prefix to a blocked address and a blocked range, and lets them in again once unblocked", async () => {
        const { data: single } = await api.post("/admin/ip-blocks", { ip: "127.0.0.77", reason: "Credential stuffing" }, bearer(admin))
        const { data: range } = await api.post("/admin/ip-blocks", { ip: "127.0.1.99/24" }, bearer(admin))
        expect(single.ip_block).toEqual(expect.objectContaining({ id: expect.stringMatching(/^ipblk_/), cidr: "127.0.0.77", family: "ipv4", reason: "Credential stuffing" }))
        expect(range.ip_block).toEqual(expect.objectContaining({ cidr: "127.0.1.0/24", prefix_length: 24 }))

        const open = await statuses("127.0.0.78")
        expect(open.every((status) => status !== 403)).toBe(true)
        for (const address of ["127.0.0.77", "127.0.1.9", "127.0.1.250"]) {
          expect([address, await statuses(address)]).toEqual([address, prefixes(publishableKey).map(() => 403)])
        }
        const blockedBody = await callerAt("127.0.1.9").get("/store/products")
        expect(blockedBody.data).toEqual({ type: "not_allowed", message: "Requests from this address are blocked." })
        expect(blockedBody.headers["x-content-type-options"]).toEqual("nosniff")

        const events = await eventually(
          "the blocked request events",
          async () => (await api.get("/admin/security-events?type=ip_blocked&ip=127.0.0.77", bearer(admin))).data.security_events as any[],
          (list) => list.length > 0
        )
        expect(events[0]).toEqual(expect.objectContaining({ type: "ip_blocked", ip: "127.0.0.77", path: expect.any(String) }))

        await api.delete(`/admin/ip-blocks/${range.ip_block.id}`, bearer(admin))
        expect((await statuses("127.0.1.9")).every((status) => status !== 403)).toBe(true)
        expect((await statuses("127.0.0.77")).every((status) => status === 403)).toBe(true)
        const { data: removed } = await api.delete(`/admin/ip-blocks/${single.ip_block.id}`, bearer(admin))
        expect(removed).toEqual({ id: single.ip_block.id, object: "ip_block", deleted: true })
        expect((await statuses("127.0.0.77")).every((status) => status !== 403)).toBe(true)
        expect((await api.get("/admin/ip-blocks", bearer(admin))).data.count).toEqual(0)
      })

      it("blocks IPv6 addresses and ranges too", async () => {
        const { data } = await api.post("/admin/ip-blocks", { ip: "2001:DB8:0:0::5/32" }, bearer(admin))
        expect(data.ip_block).toEqual(expect.objectContaining({ cidr: "2001:db8::/32", family: "ipv6" }))
        const ipv6 = axios.create({ baseURL: `http://[::1]:${PORT}`, validateStatus: () => true })
        const reachable = await ipv6.get("/health").then(
          (response) => response.status,
          () => null
        )
        if (reachable !== null) {
          // The server listens on IPv6 as well: block ::1 from another address, then unblock it.
          const { data: loopback } = await callerAt("127.0.0.5").post("/admin/ip-blocks", { ip: "::1/128" }, bearer(admin))
          expect((await ipv6.get("/admin/vendors", bearer(admin))).status).toEqual(403)
          expect((await callerAt("127.0.0.5").delete(`/admin/ip-blocks/${loopback.ip_block.id}`, bearer(admin))).status).toEqual(200)
          expect((await ipv6.get("/admin/vendors", bearer(admin))).status).toEqual(200)
        }
        const { data: list } = await api.get("/admin/ip-blocks?family=ipv6", bearer(admin))
        expect(list.ip_blocks.map((block: any) => block.cidr)).toEqual(["2001:db8::/32"])
      })

      it("refuses bad input, duplicates, the admin's own address, and other roles", async () => {
        for (const [body, named] of [
          [{ ip: "localhost" }, "'localhost' is not an IP address"],
          [{ ip: "10.0.0.0/33" }, "from 1 to 32"],
          [{}, "ip"],
          [{ ip: "10.0.0.1", note: "x" }, "note"],
        ] as const) {
          const bad = await attempt(api.post("/admin/ip-blocks", body, bearer(admin)))
          expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining(named)])
        }
        await api.post("/admin/ip-blocks", { ip: "192.0.2.0/24" }, bearer(admin))
        const duplicate = await attempt(api.post("/admin/ip-blocks", { ip: "192.0.2.17/24" }, bearer(admin)))
        expect([duplicate.status, duplicate.data.message]).toEqual([409, expect.stringContaining("192.0.2.0/24 is already blocked")])

        const self = await callerAt("127.0.0.5").post("/admin/ip-blocks", { ip: "127.0.0.0/24" }, bearer(admin))
        expect([self.status, self.data.message]).toEqual([409, expect.stringContaining("covers your own address (127.0.0.5)")])
        expect((await callerAt("127.0.0.5").get("/admin/ip-blocks", bearer(admin))).status).toEqual(200)

        for (const role of ["operations", "finance", "support"] as const) {
          expect((await attempt(api.post("/admin/ip-blocks", { ip: "198.51.100.1" }, bearer(team[role].token)))).status).toEqual(403)
        }
        expect((await attempt(api.delete("/admin/ip-blocks/ipblk_missing", bearer(admin)))).status).toEqual(404)
        expect((await api.get("/admin/ip-blocks", bearer(admin))).data.ip_blocks.map((block: any) => block.cidr)).toEqual(["192.0.2.0/24"])
      })
    })

    describe("security events", () => {
      it("records lock-outs and runs of 401s, and tells admins once when one IP trips several limits", async () => {
        const attacker = callerAt("127.0.0.90")
        // LOGIN_MAX_ATTEMPTS_PER_IDENTITY=2: the third wrong password of an email is a lock-out.
        const lockOut = async (email: string) => {
          const answers: number[] = []
          for (let i = 0; i < 3; i++) {
            answers.push((await attacker.post("/auth/user/emailpass", { email, password: "wrong" })).status)
          }
          expect(answers).toEqual([401, 401, 429])
        }
        await lockOut("victim-1@daraa.example")
        await lockOut("victim-2@daraa.example")
        await lockOut("victim-3@daraa.example")
        await lockOut("victim-4@daraa.example")

        const { data } = await api.get("/admin/security-events?type=login_locked_out&ip=127.0.0.90&order=created_at", bearer(team.support.token))
        expect(data.security_events.map((event: any) => event.identity)).toEqual([
          "victim-1@daraa.example",
          "victim-2@daraa.example",
          "victim-3@daraa.example",
          "victim-4@daraa.example",
        ])
        expect(data.security_events[0]).toEqual(expect.objectContaining({ type: "login_locked_out", details: expect.objectContaining({ reason: "identity_limit" }) }))

        const alerts = async () =>
          ((await api.get(`/admin/notifications?channel=feed&to=${superAdminId}&limit=100`, bearer(admin))).data.notifications as any[]).filter(
            (notification) => notification.trigger_type === "security-alert" && notification.resource_id === "127.0.0.90"
          )
        const [alert] = await eventually("the security alert in the admin feed", alerts, (list) => list.length > 0)
        expect(alert).toEqual(
          expect.objectContaining({ template: "admin-ui", data: expect.objectContaining({ title: "Security alert", description: expect.stringContaining("127.0.0.90") }) })
        )
        // Once per window, not once per event.
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(await alerts()).toHaveLength(1)

        // Five 401s from one address (UNAUTHORIZED_MAX_PER_IP=5), Medusa's own included.
        const prober = callerAt("127.0.0.91")
        for (let i = 0; i < 6; i++) {
          expect((await prober.get("/admin/vendors")).status).toEqual(401)
        }
        const probes = await eventually(
          "the repeated 401 event",
          async () => (await api.get("/admin/security-events?ip=127.0.0.91", bearer(admin))).data.security_events as any[],
          (list) => list.length > 0
        )
        expect(probes).toEqual([expect.objectContaining({ type: "repeated_unauthorized", ip: "127.0.0.91", path: "/admin/vendors" })])
      })

      it("filters by type, IP and time, and names a bad filter", async () => {
        const bad = await attempt(api.get("/admin/security-events?type=bogus", bearer(admin)))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("type must be one of login_locked_out, ip_blocked, repeated_unauthorized")])
        const future = new Date(Date.now() + 3600_000).toISOString()
        const { data } = await api.get(`/admin/security-events?created_at[gte]=${future}`, bearer(admin))
        expect(data).toEqual({ security_events: [], count: 0, offset: 0, limit: 50 })
        expect((await attempt(api.post("/admin/security-events", {}, bearer(admin)))).status).toBeGreaterThanOrEqual(400)
        expect((await attempt(api.get("/admin/security-events"))).status).toEqual(401)
      })
    })

    it("keeps the audit log and the security pages from other actors", async () => {
      const { token: vendorToken } = await registerVendor(api)
      for (const url of ["/admin/audit-log", "/admin/security-events", "/admin/ip-blocks", `/admin/users/${superAdminId}/role`]) {
        expect([url, (await attempt(api.get(url, bearer(vendorToken)))).status]).toEqual([url, 401])
        expect([url, (await attempt(api.get(url))).status]).toEqual([url, 401])
      }
    })
  },
})

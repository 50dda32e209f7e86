import { scanRoutes } from "../../../../integration-tests/helpers/routes"
import { ADMIN_ROLES } from "../../../modules/security/admin-roles"
import { DEFAULT_RULE, ROLE_RULES, roleMayCall, rolesAllowed, ruleFor } from "../role-table"

describe("the admin role table", () => {
  const adminRoutes = scanRoutes("admin")

  it("finds Daraa's admin routes by scanning src/api/admin", () => {
    expect(adminRoutes.map((route) => route.path)).toEqual(
      expect.arrayContaining(["/admin/vendors/:id/:action", "/admin/commission-rules", "/admin/audit-log", "/admin/ip-blocks/:id", "/admin/users/:id/role"])
    )
  })

  it.each(adminRoutes.map((route) => [route.path] as const))("has a rule of its own for %s", (path) => {
    const concrete = path.replace(/:(\w+)/g, "p_1")
    expect(ruleFor(concrete)).not.toBeNull()
  })

  it("opens reads to every role", () => {
    for (const role of ADMIN_ROLES) {
      expect(roleMayCall(role, "GET", "/admin/wallets")).toBe(true)
      expect(roleMayCall(role, "GET", "/admin/audit-log")).toBe(true)
    }
  })

  it("gives each role its own writes", () => {
    const may = (method: string, path: string) => ADMIN_ROLES.filter((role) => roleMayCall(role, method, path))
    expect(may("POST", "/admin/vendors/ven_1/approve")).toEqual(["super_admin", "operations"])
    expect(may("POST", "/admin/vendor-orders/order_1/refund")).toEqual(["super_admin", "finance"])
    expect(may("POST", "/admin/vendor-orders/order_1/cancel")).toEqual(["super_admin", "operations", "finance"])
    expect(may("POST", "/admin/commission-rules/comr_1")).toEqual(["super_admin", "finance"])
    expect(may("POST", "/admin/payments/pay_1/refund")).toEqual(["super_admin", "finance"])
    expect(may("POST", "/admin/orders/order_1/cancel")).toEqual(["super_admin", "operations", "finance"])
    expect(may("POST", "/admin/orders/order_1/fulfillments")).toEqual(["super_admin", "operations"])
    expect(may("POST", "/admin/users/user_1/role")).toEqual(["super_admin"])
    expect(may("DELETE", "/admin/ip-blocks/ipblk_1")).toEqual(["super_admin"])
    expect(may("POST", "/admin/audit-log")).toEqual([])
    expect(may("DELETE", "/admin/audit-log/audit_1")).toEqual([])
  })

  it("covers a route added tomorrow under a known prefix, and defaults Medusa's others to operations", () => {
    expect(rolesAllowed("POST", "/admin/payouts/po_1/approve")).toEqual(["super_admin", "finance"])
    expect(rolesAllowed("POST", "/admin/couriers/cour_1/documents/doc_1")).toEqual(["super_admin", "operations"])
    // A courier's cash deposit is money: finance, not the couriers' operations.
    expect(rolesAllowed("POST", "/admin/couriers/cour_1/deposits")).toEqual(["super_admin", "finance"])
    expect(rolesAllowed("POST", "/admin/vendor-orders/order_1/cash-collected")).toEqual(["super_admin", "finance"])
    expect(ruleFor("/admin/regions/reg_1")).toBeNull()
    expect(rolesAllowed("POST", "/admin/regions/reg_1")).toEqual(DEFAULT_RULE.write)
  })

  it("matches whole segments only, case-insensitively like Express", () => {
    expect(ruleFor("/admin/vendorsx")).toBeNull()
    expect(ruleFor("/ADMIN/VENDORS/ven_1")?.prefix).toBe("/admin/vendors")
    expect(ruleFor("/admin/users/user_1")?.prefix).toBe("/admin/users")
    expect(ruleFor("/admin/users/user_1/role")?.prefix).toBe("/admin/users/:id/role")
  })

  it("lists no role that can write nothing anywhere but support", () => {
    const writers = new Set(ROLE_RULES.flatMap((rule) => rule.write))
    expect([...writers].sort()).toEqual(["finance", "operations", "super_admin"])
  })
})

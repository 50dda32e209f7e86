import { primaryObject, withoutSecrets } from "../audit-trail"
import { auditTargetOf } from "../audit-targets"

describe("what an audited request changes", () => {
  it.each([
    ["/admin/vendors/ven_1/approve", { type: "vendor", id: "ven_1" }],
    ["/admin/vendor-orders/order_1/refund", { type: "vendor_order", id: "order_1" }],
    ["/admin/commission-rules/comr_1", { type: "commission_rule", id: "comr_1" }],
    ["/admin/commission-rules", { type: "commission_rule", id: null }],
    ["/admin/wallets/lacc_1/adjustments", { type: "wallet", id: "lacc_1" }],
    ["/admin/users/user_1/role", { type: "user", id: "user_1" }],
    ["/admin/ip-blocks/ipblk_1", { type: "ip_block", id: "ipblk_1" }],
    ["/admin/payments/pay_1/refund", { type: "payment", id: "pay_1" }],
    ["/admin/orders/order_1/cancel", { type: "order", id: "order_1" }],
    ["/admin/product-categories/pcat_1", { type: "product_category", id: "pcat_1" }],
    ["/vendor/orders/order_1/accept", { type: "vendor_order", id: "order_1" }],
    ["/vendor/products/prod_1", { type: "product", id: "prod_1" }],
    ["/vendor/products/prod_1/variants", { type: "product", id: "prod_1" }],
    ["/vendor/products/prod_1/variants/variant_2/stock", { type: "product_variant", id: "variant_2" }],
    ["/vendor/members/vmem_1", { type: "vendor_member", id: "vmem_1" }],
    ["/vendor/invites/accept", { type: "vendor_invite", id: null }],
    ["/vendor/me", { type: "vendor", id: null }],
    ["/vendor/me/member", { type: "vendor_member", id: "vmem_self" }],
  ])("%s", (path, target) => {
    expect(auditTargetOf(path, "vmem_self")).toEqual(target)
  })

  it("takes a created target from the answer", () => {
    expect(primaryObject({ commission_rule: { id: "comr_1", name: "x" } })).toEqual({ id: "comr_1", name: "x" })
    expect(primaryObject({ id: "ipblk_1", object: "ip_block", deleted: true })).toEqual({ id: "ipblk_1", object: "ip_block", deleted: true })
    expect(primaryObject({ ok: true })).toBeNull()
    expect(primaryObject([{ id: "x" }])).toBeNull()
  })
})

describe("an audit entry's before and after", () => {
  it("never holds a secret", () => {
    expect(withoutSecrets({ api_key: { id: "apk_1", token: "sk_live", title: "CI" }, invite: { token_hash: "x", email: "a@b.c" }, password: "p" })).toEqual({
      api_key: { id: "apk_1", token: "[redacted]", title: "CI" },
      invite: { token_hash: "[redacted]", email: "a@b.c" },
      password: "[redacted]",
    })
  })
})

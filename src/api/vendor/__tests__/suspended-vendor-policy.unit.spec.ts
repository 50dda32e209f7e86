import { suspendedVendorAccess } from "../suspended-vendor-policy"

describe("suspendedVendorAccess", () => {
  it.each([
    ["GET", "/vendor/me"],
    ["GET", "/vendor/products/prod_1"],
    ["GET", "/vendor/orders"],
    ["GET", "/vendor/documents/vdoc_1/file"],
  ])("lets %s %s read", (method, path) => {
    expect(suspendedVendorAccess(method, path)).toEqual("allowed")
  })

  it.each([["POST", "/vendor/me/member"]])("lets %s %s change the member's own settings", (method, path) => {
    expect(suspendedVendorAccess(method, path)).toEqual("allowed")
  })

  it.each([
    ["POST", "/vendor/orders/order_1/preparing"],
    ["POST", "/vendor/orders/order_1/ready"],
    ["POST", "/vendor/orders/order_1/reject"],
  ])("lets %s %s finish an accepted order only", (method, path) => {
    expect(suspendedVendorAccess(method, path)).toEqual("accepted_orders_only")
  })

  it.each([
    ["POST", "/vendor/orders/order_1/accept"],
    ["POST", "/vendor/products"],
    ["POST", "/vendor/products/prod_1"],
    ["DELETE", "/vendor/products/prod_1"],
    ["POST", "/vendor/products/prod_1/variants/variant_1/stock"],
    ["POST", "/vendor/uploads"],
    ["POST", "/vendor/me"],
    ["POST", "/vendor/me/member/extra"],
    ["POST", "/vendor/invites"],
    ["POST", "/vendor/members/mem_1"],
    ["DELETE", "/vendor/members/mem_1"],
    ["POST", "/vendor/documents"],
    ["GET-ish", "/vendor/orders/order_1/ready/extra"],
  ])("refuses %s %s", (method, path) => {
    expect(suspendedVendorAccess(method, path)).toEqual("refused")
  })
})

import { nextVendorStatus, VENDOR_EVENTS, type VendorAction, type VendorStatus } from "../status"

describe("vendor status transitions", () => {
  it.each([
    ["pending", "approve", "active"],
    ["rejected", "approve", "active"],
    ["pending", "reject", "rejected"],
    ["active", "suspend", "suspended"],
    ["suspended", "reinstate", "active"],
  ] as [VendorStatus, VendorAction, VendorStatus][])("%s --%s--> %s", (from, action, to) => {
    expect(nextVendorStatus(from, action)).toEqual(to)
  })

  it.each([
    ["active", "approve"],
    ["suspended", "approve"],
    ["active", "reject"],
    ["rejected", "reject"],
    ["pending", "suspend"],
    ["suspended", "suspend"],
    ["pending", "reinstate"],
    ["active", "reinstate"],
  ] as [VendorStatus, VendorAction][])("refuses to %2$s a %1$s vendor with a conflict naming both", (from, action) => {
    expect(() => nextVendorStatus(from, action)).toThrow(expect.objectContaining({ type: "conflict" }))
    expect(() => nextVendorStatus(from, action)).toThrow(new RegExp(from))
  })

  it("names one event per action", () => {
    expect(VENDOR_EVENTS).toEqual({
      approve: "vendor.approved",
      reject: "vendor.rejected",
      suspend: "vendor.suspended",
      reinstate: "vendor.reinstated",
    })
  })
})

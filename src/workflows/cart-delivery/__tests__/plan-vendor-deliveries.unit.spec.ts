import { pickDefaultDeliveryOptions, planVendorDeliveries } from "../plan-vendor-deliveries"

const vendorProfiles = new Set(["sp_bakery", "sp_dairy", "sp_pantry"])
const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute)).toISOString()

describe("planVendorDeliveries", () => {
  it("asks nothing of a cart without any delivery choice", () => {
    expect(
      planVendorDeliveries({ item_profile_ids: ["sp_bakery", "sp_dairy"], methods: [], choosing_profile_ids: [], vendor_profile_ids: vendorProfiles })
    ).toEqual({ missing_profile_ids: [], method_ids_to_remove: [] })
  })

  it("needs a default for every other vendor once the shopper picks one", () => {
    expect(
      planVendorDeliveries({
        item_profile_ids: ["sp_pantry", "sp_bakery", "sp_dairy", "sp_bakery"],
        methods: [],
        choosing_profile_ids: ["sp_dairy"],
        vendor_profile_ids: vendorProfiles,
      })
    ).toEqual({ missing_profile_ids: ["sp_bakery", "sp_pantry"], method_ids_to_remove: [] })
  })

  it("keeps existing picks, and adds only the vendor new to the cart", () => {
    expect(
      planVendorDeliveries({
        item_profile_ids: ["sp_bakery", "sp_dairy", "sp_pantry"],
        methods: [
          { id: "sm_bakery", profile_id: "sp_bakery", created_at: at(1) },
          { id: "sm_dairy", profile_id: "sp_dairy", created_at: at(2) },
        ],
        choosing_profile_ids: [],
        vendor_profile_ids: vendorProfiles,
      })
    ).toEqual({ missing_profile_ids: ["sp_pantry"], method_ids_to_remove: [] })
  })

  it("drops the method of a vendor whose last line left, even when it is the cart's only method", () => {
    expect(
      planVendorDeliveries({
        item_profile_ids: [],
        methods: [{ id: "sm_bakery", profile_id: "sp_bakery", created_at: at(1) }],
        choosing_profile_ids: [],
        vendor_profile_ids: vendorProfiles,
      })
    ).toEqual({ missing_profile_ids: [], method_ids_to_remove: ["sm_bakery"] })
  })

  it("keeps the newest of two methods for one vendor", () => {
    expect(
      planVendorDeliveries({
        item_profile_ids: ["sp_dairy"],
        methods: [
          { id: "sm_new", profile_id: "sp_dairy", created_at: at(5) },
          { id: "sm_old", profile_id: "sp_dairy", created_at: at(1) },
        ],
        choosing_profile_ids: [],
        vendor_profile_ids: vendorProfiles,
      }).method_ids_to_remove
    ).toEqual(["sm_old"])
  })

  it("leaves methods and lines of profiles that are no vendor's to Medusa", () => {
    expect(
      planVendorDeliveries({
        item_profile_ids: ["sp_default", "sp_bakery"],
        methods: [{ id: "sm_standard", profile_id: "sp_default", created_at: at(1) }],
        choosing_profile_ids: [],
        vendor_profile_ids: vendorProfiles,
      })
    ).toEqual({ missing_profile_ids: ["sp_bakery"], method_ids_to_remove: [] })
  })
})

describe("pickDefaultDeliveryOptions", () => {
  const option = (id: string, profile: string, amount: number | undefined, name = id) => ({
    id,
    name,
    shipping_profile_id: profile,
    calculated_price: amount === undefined ? null : { calculated_amount: amount },
  })

  it("takes a vendor's only option, or its cheapest, in the order asked", () => {
    const picked = pickDefaultDeliveryOptions(
      [option("so_express", "sp_dairy", 250), option("so_economy", "sp_dairy", 60), option("so_bakery", "sp_bakery", 100)],
      ["sp_bakery", "sp_dairy"]
    )
    expect(picked.map((o) => o.id)).toEqual(["so_bakery", "so_economy"])
  })

  it("never defaults to an option the cart cannot be priced for, nor to another vendor's", () => {
    const picked = pickDefaultDeliveryOptions(
      [option("so_unpriced", "sp_dairy", undefined), option("so_pantry", "sp_pantry", 1)],
      ["sp_dairy"]
    )
    expect(picked).toEqual([])
  })

  it("breaks a tie by name, so the same cart always gets the same default", () => {
    const picked = pickDefaultDeliveryOptions(
      [option("so_b", "sp_dairy", 100, "Van"), option("so_a", "sp_dairy", 100, "Bicycle")],
      ["sp_dairy"]
    )
    expect(picked.map((o) => o.id)).toEqual(["so_a"])
  })
})

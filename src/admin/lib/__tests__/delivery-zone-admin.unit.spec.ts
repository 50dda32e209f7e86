import { EMPTY_ZONE_FORM, feeOf, hoursOf, zoneBodyOf, zoneFormOf, type DeliveryZone } from "../delivery-zone-admin"
import { arabic, english } from "./english"

const zone: DeliveryZone = {
  id: "dzone_1",
  name: "Daraa city",
  currency_code: "syp",
  polygon: { type: "Polygon", coordinates: [[[36, 32], [36.1, 32], [36.1, 32.1], [36, 32]]] },
  center_latitude: 32.05,
  center_longitude: 36.05,
  base_fee: 100,
  fee_per_km: 50,
  max_distance_km: 50,
  active_hours: { mon: [["08:00", "23:00"]], fri: [["10:00", "14:00"], ["16:00", "22:00"]] },
  timezone: "Asia/Damascus",
  cities: ["Daraa", "درعا"],
  postal_codes: null,
  is_active: true,
}

describe("the delivery zones page", () => {
  it("round-trips a zone through its form into the API's body", () => {
    const parsed = zoneBodyOf(zoneFormOf(zone), english)
    expect(parsed).toEqual({
      body: {
        name: "Daraa city",
        currency_code: "syp",
        polygon: zone.polygon,
        base_fee: 100,
        fee_per_km: 50,
        max_distance_km: 50,
        active_hours: zone.active_hours,
        timezone: "Asia/Damascus",
        cities: ["Daraa", "درعا"],
        postal_codes: [],
        is_active: true,
      },
    })
  })

  it("names what is wrong before sending, in the admin's language", () => {
    const form = { ...zoneFormOf(zone) }
    expect(zoneBodyOf({ ...form, name: " " }, english)).toEqual({ error: "A zone needs a name." })
    expect(zoneBodyOf({ ...form, polygon: "{" }, english)).toEqual({ error: "The polygon is not valid JSON." })
    expect(zoneBodyOf({ ...form, fee_per_km: "cheap" }, english)).toEqual({ error: "Fee per km must be a number of 0 or more." })
    expect(zoneBodyOf({ ...form, active_hours: "mon 8-23" }, english)).toEqual({ error: "The active hours are not valid JSON." })
    expect(zoneBodyOf({ ...EMPTY_ZONE_FORM, name: "x", polygon: "{}" }, arabic)).toEqual({ error: expect.stringContaining("الرسم الأساسي") })
    const empty = zoneBodyOf({ ...form, active_hours: "", cities: "Daraa، Izra,  " }, english)
    expect(empty).toEqual({ body: expect.objectContaining({ active_hours: null, cities: ["Daraa", "Izra"] }) })
  })

  it("shows fees and hours", () => {
    expect(feeOf(zone, english)).toEqual("100 SYP + 50 SYP/km")
    expect(hoursOf(zone, english)).toEqual("Mon 08:00–23:00; Fri 10:00–14:00, 16:00–22:00")
    expect(hoursOf({ active_hours: null }, arabic)).toEqual("دائماً")
  })
})

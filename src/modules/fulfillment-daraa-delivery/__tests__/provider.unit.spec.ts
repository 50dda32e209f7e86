import { MedusaError } from "@medusajs/framework/utils"
import DaraaDeliveryProviderService from "../service"

const cityZone = {
  id: "dzone_city",
  name: "Daraa city",
  currency_code: "syp",
  polygon: { type: "Polygon", coordinates: [[[36.05, 32.58], [36.16, 32.58], [36.16, 32.66], [36.05, 32.66], [36.05, 32.58]]] },
  center_latitude: 32.62,
  center_longitude: 36.105,
  base_fee: 100,
  fee_per_km: 50,
  max_distance_km: 50,
  active_hours: null,
  timezone: "Asia/Damascus",
  cities: ["Daraa"],
  postal_codes: null,
  is_active: true,
}

function provider(zones: unknown[]) {
  const container = {
    vendor: { listVendors: async () => [{ id: "ven_1", name: "Hauran Bakery", latitude: 32.6189, longitude: 36.1021 }] },
    delivery: { listDeliveryZones: async () => zones },
    logger: { warn: () => undefined },
  }
  return new DaraaDeliveryProviderService(container as any, { fees_without_zone: { syp: 100 } })
}

const address = { address_1: "Hospital Street 3", city: "Daraa", country_code: "sy" }

describe("the daraa-delivery provider", () => {
  it("prices by zone, not tax inclusive, and records how for dispatch", async () => {
    const service = provider([cityZone])
    const context = { currency_code: "syp", shipping_address: address } as any
    expect(await service.calculatePrice({ vendor_id: "ven_1" }, {}, context)).toEqual({ calculated_amount: 115, is_calculated_price_tax_inclusive: false })
    expect(await service.validateFulfillmentData({ vendor_id: "ven_1" }, { note: "ring" }, context)).toEqual({
      note: "ring",
      vendor_id: "ven_1",
      zone_id: "dzone_city",
      distance_km: 0.298,
      priced_to: "zone_center",
    })
  })

  it("charges the flat fee where no zone exists in the currency, and refuses a currency without either", async () => {
    const service = provider([])
    expect((await service.calculatePrice({ vendor_id: "ven_1" }, {}, { currency_code: "syp", shipping_address: address } as any)).calculated_amount).toEqual(100)
    const refused = await service.calculatePrice({ vendor_id: "ven_1" }, {}, { currency_code: "eur", shipping_address: address } as any).catch((e) => e)
    expect(refused).toBeInstanceOf(MedusaError)
    expect([refused.type, refused.message]).toEqual([MedusaError.Types.INVALID_DATA, "No delivery zone delivers in EUR."])
  })

  it("refuses an address it cannot place as invalid data, naming what would place it", async () => {
    const refused = await provider([cityZone])
      .calculatePrice({ vendor_id: "ven_1" }, {}, { currency_code: "syp", shipping_address: { ...address, city: "Homs" } } as any)
      .catch((e) => e)
    expect([refused.type, refused.message]).toEqual([MedusaError.Types.INVALID_DATA, expect.stringContaining("metadata.latitude and longitude")])
  })

  it("leaves a flat-rate option on this provider alone", async () => {
    expect(await provider([cityZone]).validateFulfillmentData({}, { a: 1 }, {} as any)).toEqual({ a: 1 })
  })
})

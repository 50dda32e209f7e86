import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  FulfillmentOption,
  Logger,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { createGeocoder, placeAddress, type AddressGeocoder, type AddressToPlace } from "../delivery/geocoding"
import type DeliveryModuleService from "../delivery/service"
import type VendorModuleService from "../vendor/service"
import { quoteDelivery, type DeliveryQuote, type QuotableZone } from "./delivery-quote"

/**
 * The fulfillment module's container. `delivery` and `vendor` are there
 * because the fulfillment module lists them in its `dependencies` (medusa-config.ts).
 */
type ProviderContainer = { delivery: DeliveryModuleService; vendor: VendorModuleService; logger: Logger }

export type DaraaDeliveryOptions = {
  nominatim_url?: string
  nominatim_email?: string
  /** The flat fee per currency (VENDOR_DELIVERY_FEE) where no active zone exists in that currency yet. */
  fees_without_zone?: Record<string, number>
}

/** What a vendor's `daraa-delivery` shipping option keeps in its `data`. */
export type DaraaDeliveryOptionData = { vendor_id: string }

/** What a shipping method priced by this provider keeps in its `data`, for dispatch. */
export type DaraaDeliveryMethodData = {
  vendor_id: string
  zone_id: string | null
  distance_km: number | null
  priced_to: DeliveryQuote["priced_to"] | "flat_fee"
}

type PriceContext = { currency_code?: string; shipping_address?: AddressToPlace | null }

/**
 * `daraa-delivery`: prices a vendor's delivery from the vendor's location to
 * the cart's shipping address, by zone and distance (docs/delivery.md). An
 * address it cannot deliver to is refused with a 400 naming the reason, when
 * the cart's options are priced or a method is added, never at completion.
 */
class DaraaDeliveryProviderService extends AbstractFulfillmentProviderService {
  static identifier = "daraa-delivery"

  protected readonly container_: ProviderContainer
  protected readonly options_: DaraaDeliveryOptions
  protected readonly geocoder_: AddressGeocoder

  constructor(container: ProviderContainer, options: DaraaDeliveryOptions = {}) {
    super()
    this.container_ = container
    this.options_ = options ?? {}
    this.geocoder_ = createGeocoder({
      nominatim: options?.nominatim_url
        ? { url: options.nominatim_url, email: options.nominatim_email, warn: (message) => container.logger?.warn(message) }
        : null,
    })
  }

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "daraa-delivery", name: "Delivery by Daraa couriers" } as FulfillmentOption]
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    if (typeof data?.vendor_id !== "string" || !data.vendor_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A daraa-delivery shipping option needs data.vendor_id, the vendor it delivers from.")
    }
    return true
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const { amount } = await this.price(optionData, context as PriceContext)
    return { calculated_amount: amount, is_calculated_price_tax_inclusive: false }
  }

  /** Records how the method was priced, so that dispatch knows the zone and distance. */
  async validateFulfillmentData(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    if (typeof optionData?.vendor_id !== "string") {
      // A flat-rate option on this provider: priced by Medusa, nothing to record.
      return data ?? {}
    }
    const { method } = await this.price(optionData, context as unknown as PriceContext)
    return { ...(data ?? {}), ...method }
  }

  async createFulfillment() {
    // The delivery itself (courier, tracking) is the delivery module's; nothing is booked elsewhere.
    return { data: {}, labels: [] }
  }

  async cancelFulfillment() {
    return {}
  }

  async createReturnFulfillment() {
    return { data: {}, labels: [] }
  }

  private async price(optionData: Record<string, unknown>, context: PriceContext): Promise<{ amount: number; method: DaraaDeliveryMethodData }> {
    const vendorId = optionData?.vendor_id
    if (typeof vendorId !== "string" || !context?.currency_code) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This delivery option is not set up for a vendor; choose another one.")
    }
    const currency = context.currency_code.toLowerCase()
    const [vendor] = await this.container_.vendor.listVendors({ id: vendorId }, { select: ["id", "name", "latitude", "longitude"] })
    if (!vendor) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The store of this delivery option no longer exists.")
    }
    const zones = (await this.container_.delivery.listDeliveryZones({ is_active: true })) as unknown as QuotableZone[]
    const inCurrency = zones.filter((zone) => zone.currency_code.toLowerCase() === currency)

    if (!inCurrency.length) {
      const flat = this.options_.fees_without_zone?.[currency]
      if (flat === undefined) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `No delivery zone delivers in ${currency.toUpperCase()}.`)
      }
      return { amount: flat, method: { vendor_id: vendorId, zone_id: null, distance_km: null, priced_to: "flat_fee" } }
    }

    const { placement, problem } = await placeAddress(context.shipping_address, inCurrency, this.geocoder_)
    if (!placement) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        problem ??
          "This address cannot be placed in a delivery zone: add its position (shipping_address.metadata.latitude and longitude), or a city or postal code that a zone lists."
      )
    }
    const result = quoteDelivery({ vendor, placement, zones: inCurrency, currency_code: currency, now: new Date() })
    if ("problem" in result) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, result.problem)
    }
    const { quote } = result
    return {
      amount: quote.amount.toNumber(),
      method: { vendor_id: vendorId, zone_id: quote.zone_id, distance_km: quote.distance_km, priced_to: quote.priced_to },
    }
  }
}

export default DaraaDeliveryProviderService

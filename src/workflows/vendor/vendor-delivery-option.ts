import { DARAA_DELIVERY_PROVIDER_ID } from "../../modules/fulfillment-daraa-delivery"

export type VendorDeliveryOptionTarget = {
  vendor_id: string
  vendor_name: string
  service_zone_id: string
  shipping_profile_id: string
}

/** A vendor's delivery option: calculated by `daraa-delivery` from the vendor in `data`, offered in the store. */
export function vendorDeliveryOptionInput(target: VendorDeliveryOptionTarget) {
  return {
    name: `Delivery by ${target.vendor_name}`,
    price_type: "calculated" as const,
    provider_id: DARAA_DELIVERY_PROVIDER_ID,
    service_zone_id: target.service_zone_id,
    shipping_profile_id: target.shipping_profile_id,
    data: { vendor_id: target.vendor_id },
    type: { label: "Vendor delivery", description: "Delivered from the store by a Daraa courier.", code: "vendor-delivery" },
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  }
}

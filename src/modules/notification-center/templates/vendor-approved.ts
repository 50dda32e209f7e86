import type { LocalizedTemplate } from "./types"

export type VendorApprovedData = { id: string; vendor_name: string }

export const vendorApproved: LocalizedTemplate<VendorApprovedData> = {
  en: (data) => ({
    title: "Store approved",
    body: `${data.vendor_name} is approved. Customers can now find your store and order from it.`,
  }),
  ar: (data) => ({
    title: "تمت الموافقة على متجرك",
    body: `تمت الموافقة على ${data.vendor_name}. يمكن للزبائن الآن إيجاد متجرك والطلب منه.`,
  }),
}

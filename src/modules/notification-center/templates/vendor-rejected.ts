import type { LocalizedTemplate } from "./types"

export type VendorRejectedData = { id: string; vendor_name: string; reason?: string | null }

export const vendorRejected: LocalizedTemplate<VendorRejectedData> = {
  en: (data) => ({
    title: "Store application declined",
    body: `${data.vendor_name} was not approved${data.reason ? `: ${data.reason}` : "."}`,
  }),
  ar: (data) => ({
    title: "تم رفض طلب المتجر",
    body: `لم تتم الموافقة على ${data.vendor_name}${data.reason ? `: ${data.reason}` : "."}`,
  }),
}

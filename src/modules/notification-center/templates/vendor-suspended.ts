import type { LocalizedTemplate } from "./types"

export type VendorSuspendedData = { id: string; vendor_name: string; reason?: string | null }

export const vendorSuspended: LocalizedTemplate<VendorSuspendedData> = {
  en: (data) => ({
    title: "Store suspended",
    body: `${data.vendor_name} is suspended and hidden from customers${data.reason ? `: ${data.reason}` : "."}`,
  }),
  ar: (data) => ({
    title: "تم تعليق متجرك",
    body: `تم تعليق ${data.vendor_name} وإخفاؤه عن الزبائن${data.reason ? `: ${data.reason}` : "."}`,
  }),
}

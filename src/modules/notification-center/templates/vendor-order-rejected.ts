import { orderLabel, type LocalizedTemplate } from "./types"

export type VendorOrderRejectedData = {
  id: string
  display_id?: number | null
  vendor_name?: string | null
  reason?: string | null
}

export const vendorOrderRejected: LocalizedTemplate<VendorOrderRejectedData> = {
  en: (data) => ({
    title: "Order declined",
    body:
      `${data.vendor_name ?? "The store"} could not take your order ${orderLabel(data)}` +
      `${data.reason ? `: ${data.reason}` : ""}. You will be refunded.`,
  }),
  ar: (data) => ({
    title: "تم رفض طلبك",
    body:
      `تعذّر على ${data.vendor_name ?? "المتجر"} قبول طلبك ${orderLabel(data)}` +
      `${data.reason ? `: ${data.reason}` : ""}. سيتم استرداد المبلغ.`,
  }),
}

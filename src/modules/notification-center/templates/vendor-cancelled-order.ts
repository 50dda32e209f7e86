import { orderLabel, type LocalizedTemplate } from "./types"

/** The vendor hears that an order it had not accepted yet was called off, so nobody starts preparing it. */
export type VendorCancelledOrderData = { id: string; display_id?: number | null; reason?: string | null }

export const vendorCancelledOrder: LocalizedTemplate<VendorCancelledOrderData> = {
  en: (data) => ({
    title: "Order cancelled",
    body: `Order ${orderLabel(data)} was cancelled${data.reason ? `: ${data.reason}` : ""}. Do not prepare it.`,
  }),
  ar: (data) => ({
    title: "تم إلغاء طلب",
    body: `تم إلغاء الطلب ${orderLabel(data)}${data.reason ? `: ${data.reason}` : ""}. لا تقم بتجهيزه.`,
  }),
}

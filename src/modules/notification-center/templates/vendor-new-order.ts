import { orderLabel, type LocalizedTemplate } from "./types"

export type VendorNewOrderData = { id: string; display_id?: number | null; item_count: number }

export const vendorNewOrder: LocalizedTemplate<VendorNewOrderData> = {
  en: (data) => ({
    title: "New order",
    body: `New order ${orderLabel(data)} with ${data.item_count} item(s). Accept or reject it in your dashboard.`,
  }),
  ar: (data) => ({
    title: "طلب جديد",
    body: `طلب جديد ${orderLabel(data)} يحتوي على ${data.item_count} منتج. اقبله أو ارفضه من لوحة التحكم.`,
  }),
}

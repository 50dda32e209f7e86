import { orderLabel, type LocalizedTemplate } from "./types"

export type VendorOrderReadyData = { id: string; display_id?: number | null; vendor_name?: string | null }

export const vendorOrderReady: LocalizedTemplate<VendorOrderReadyData> = {
  en: (data) => ({
    title: "Order ready",
    body: `Your order ${orderLabel(data)} is ready and waiting for the courier.`,
  }),
  ar: (data) => ({
    title: "طلبك جاهز",
    body: `طلبك ${orderLabel(data)} جاهز وبانتظار المندوب.`,
  }),
}

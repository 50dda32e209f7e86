import { orderLabel, type LocalizedTemplate } from "./types"

export type VendorOrderAcceptedData = { id: string; display_id?: number | null; vendor_name?: string | null }

export const vendorOrderAccepted: LocalizedTemplate<VendorOrderAcceptedData> = {
  en: (data) => ({
    title: "Order accepted",
    body: `${data.vendor_name ?? "The store"} accepted your order ${orderLabel(data)} and is preparing it.`,
  }),
  ar: (data) => ({
    title: "تم قبول طلبك",
    body: `قبل ${data.vendor_name ?? "المتجر"} طلبك ${orderLabel(data)} ويقوم بتجهيزه.`,
  }),
}

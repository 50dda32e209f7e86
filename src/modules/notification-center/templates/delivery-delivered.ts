import { orderLabel, type LocalizedTemplate } from "./types"

export type DeliveryDeliveredData = { id: string; display_id?: number | null }

export const deliveryDelivered: LocalizedTemplate<DeliveryDeliveredData> = {
  en: (data) => ({
    title: "Order delivered",
    body: `Your order ${orderLabel(data)} was delivered. Enjoy!`,
  }),
  ar: (data) => ({
    title: "تم تسليم الطلب",
    body: `تم تسليم طلبك ${orderLabel(data)}. بالهناء والعافية!`,
  }),
}

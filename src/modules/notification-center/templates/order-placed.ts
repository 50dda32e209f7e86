import { orderLabel, type LocalizedTemplate } from "./types"

export type OrderPlacedData = { id: string; display_id?: number | null }

export const orderPlaced: LocalizedTemplate<OrderPlacedData> = {
  en: (data) => ({
    title: "Order received",
    body: `Thank you! We received your order ${orderLabel(data)} and sent it to the store.`,
  }),
  ar: (data) => ({
    title: "تم استلام طلبك",
    body: `شكراً لك! استلمنا طلبك ${orderLabel(data)} وأرسلناه إلى المتجر.`,
  }),
}

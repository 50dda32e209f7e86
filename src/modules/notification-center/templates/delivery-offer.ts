import type { LocalizedTemplate } from "./types"

export type DeliveryOfferData = {
  id: string
  pickup_name?: string | null
  fee: number | string
  currency_code: string
  cash_due?: number | string | null
  expires_in_seconds: number
}

export const deliveryOffer: LocalizedTemplate<DeliveryOfferData> = {
  en: (data) => ({
    title: "New delivery offer",
    body: `Pick up at ${data.pickup_name ?? "a store"} for ${data.fee} ${data.currency_code.toUpperCase()}${
      data.cash_due ? `, collecting ${data.cash_due} ${data.currency_code.toUpperCase()} in cash` : ""
    }. Accept within ${data.expires_in_seconds} seconds.`,
  }),
  ar: (data) => ({
    title: "عرض توصيل جديد",
    body: `استلام من ${data.pickup_name ?? "متجر"} مقابل ${data.fee} ${data.currency_code.toUpperCase()}${
      data.cash_due ? `، مع تحصيل ${data.cash_due} ${data.currency_code.toUpperCase()} نقداً` : ""
    }. اقبله خلال ${data.expires_in_seconds} ثانية.`,
  }),
}

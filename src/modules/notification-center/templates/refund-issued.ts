import { orderLabel, type LocalizedTemplate } from "./types"

export type RefundIssuedData = { id: string; display_id?: number | null; amount: number | string; currency_code: string }

export const refundIssued: LocalizedTemplate<RefundIssuedData> = {
  en: (data) => ({
    title: "Refund issued",
    body: `We refunded ${data.amount} ${data.currency_code.toUpperCase()} for your order ${orderLabel(data)}.`,
  }),
  ar: (data) => ({
    title: "تم استرداد المبلغ",
    body: `أعدنا لك ${data.amount} ${data.currency_code.toUpperCase()} عن طلبك ${orderLabel(data)}.`,
  }),
}

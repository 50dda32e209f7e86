import { orderLabel, type LocalizedTemplate } from "./types"

/** A refund of an order paid into the customer's wallet. */
export type WalletRefundData = { id: string; display_id?: number | null; amount: number | string; currency_code: string }

export const walletRefund: LocalizedTemplate<WalletRefundData> = {
  en: (data) => ({
    title: "Refund added to your wallet",
    body: `We refunded ${data.amount} ${data.currency_code.toUpperCase()} for your order ${orderLabel(data)} to your Daraa wallet; you can spend it at checkout right away.`,
  }),
  ar: (data) => ({
    title: "أُضيف المبلغ المسترد إلى محفظتك",
    body: `أعدنا ${data.amount} ${data.currency_code.toUpperCase()} عن طلبك ${orderLabel(data)} إلى محفظتك في درعا، ويمكنك استخدامه عند الدفع فوراً.`,
  }),
}

import { orderLabel, type LocalizedTemplate } from "./types"

/** A vendor order's earnings settled into the store's wallet, pending until the hold window ends. */
export type VendorOrderSettledData = {
  id: string
  display_id?: number | null
  amount: number | string
  currency_code: string
  available_at: string
}

export const vendorOrderSettled: LocalizedTemplate<VendorOrderSettledData> = {
  en: (data) => ({
    title: "Earnings settled",
    body: `Order ${orderLabel(data)} is settled: ${data.amount} ${data.currency_code.toUpperCase()} is in your wallet, available for payout from ${data.available_at.slice(0, 10)}.`,
  }),
  ar: (data) => ({
    title: "تمت تسوية الأرباح",
    body: `تمت تسوية الطلب ${orderLabel(data)}: أُضيف ${data.amount} ${data.currency_code.toUpperCase()} إلى محفظتك، ويصبح متاحاً للسحب من ${data.available_at.slice(0, 10)}.`,
  }),
}

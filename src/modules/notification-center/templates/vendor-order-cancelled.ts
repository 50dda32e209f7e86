import { orderLabel, type LocalizedTemplate } from "./types"

/** The customer's confirmation that one store's order is cancelled, with what was refunded for it. */
export type VendorOrderCancelledData = {
  id: string
  display_id?: number | null
  vendor_name?: string | null
  refund_amount?: number | string | null
  currency_code?: string | null
}

function refunded(data: VendorOrderCancelledData): string | null {
  return data.refund_amount && Number(data.refund_amount) > 0 && data.currency_code
    ? `${data.refund_amount} ${data.currency_code.toUpperCase()}`
    : null
}

export const vendorOrderCancelled: LocalizedTemplate<VendorOrderCancelledData> = {
  en: (data) => {
    const amount = refunded(data)
    return {
      title: "Order cancelled",
      body:
        `Your order ${orderLabel(data)}${data.vendor_name ? ` from ${data.vendor_name}` : ""} is cancelled.` +
        (amount ? ` We refunded ${amount}.` : ""),
    }
  },
  ar: (data) => {
    const amount = refunded(data)
    return {
      title: "تم إلغاء طلبك",
      body:
        `تم إلغاء طلبك ${orderLabel(data)}${data.vendor_name ? ` من ${data.vendor_name}` : ""}.` +
        (amount ? ` أعدنا لك ${amount}.` : ""),
    }
  },
}

import type { LocalizedTemplate } from "./types"

export type VendorAwaitingReviewData = { id: string; vendor_name: string; handle?: string | null }

export const vendorAwaitingReview: LocalizedTemplate<VendorAwaitingReviewData> = {
  en: (data) => ({
    title: "Vendor awaiting review",
    body: `${data.vendor_name}${data.handle ? ` (${data.handle})` : ""} registered and waits for approval.`,
  }),
  ar: (data) => ({
    title: "متجر بانتظار المراجعة",
    body: `سجّل ${data.vendor_name}${data.handle ? ` (${data.handle})` : ""} وينتظر الموافقة.`,
  }),
}

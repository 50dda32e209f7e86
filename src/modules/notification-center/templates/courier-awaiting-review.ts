import type { LocalizedTemplate } from "./types"

export type CourierAwaitingReviewData = { id: string; courier_name: string; vehicle_type?: string | null }

const VEHICLE_AR: Record<string, string> = { bicycle: "دراجة هوائية", motorcycle: "دراجة نارية", car: "سيارة", van: "شاحنة صغيرة" }

export const courierAwaitingReview: LocalizedTemplate<CourierAwaitingReviewData> = {
  en: (data) => ({
    title: "Courier awaiting review",
    body: `${data.courier_name}${data.vehicle_type ? ` (${data.vehicle_type})` : ""} registered as a courier and waits for approval.`,
  }),
  ar: (data) => ({
    title: "مندوب توصيل بانتظار المراجعة",
    body: `سجّل ${data.courier_name}${data.vehicle_type ? ` (${VEHICLE_AR[data.vehicle_type] ?? data.vehicle_type})` : ""} كمندوب توصيل وينتظر الموافقة.`,
  }),
}

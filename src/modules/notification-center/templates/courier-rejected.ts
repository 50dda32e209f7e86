import type { CourierStatusData } from "./courier-approved"
import type { LocalizedTemplate } from "./types"

export const courierRejected: LocalizedTemplate<CourierStatusData> = {
  en: (data) => ({
    title: "Courier application declined",
    body: `Your courier application was not approved${data.reason ? `: ${data.reason}` : "."}`,
  }),
  ar: (data) => ({
    title: "تم رفض طلبك كمندوب توصيل",
    body: `لم تتم الموافقة على طلبك كمندوب توصيل${data.reason ? `: ${data.reason}` : "."}`,
  }),
}

import type { CourierStatusData } from "./courier-approved"
import type { LocalizedTemplate } from "./types"

export const courierSuspended: LocalizedTemplate<CourierStatusData> = {
  en: (data) => ({
    title: "Courier account suspended",
    body: `Your courier account is suspended and you are offline${data.reason ? `: ${data.reason}` : "."}`,
  }),
  ar: (data) => ({
    title: "تم تعليق حسابك كمندوب توصيل",
    body: `تم تعليق حسابك كمندوب توصيل وأصبحت غير متصل${data.reason ? `: ${data.reason}` : "."}`,
  }),
}

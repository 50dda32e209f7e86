import type { CourierStatusData } from "./courier-approved"
import type { LocalizedTemplate } from "./types"

export const courierReinstated: LocalizedTemplate<CourierStatusData> = {
  en: (data) => ({
    title: "Courier account reinstated",
    body: `Your courier account is active again. Go online to receive deliveries${data.reason ? ` (${data.reason})` : "."}`,
  }),
  ar: (data) => ({
    title: "تمت إعادة تفعيل حسابك كمندوب توصيل",
    body: `حسابك كمندوب توصيل مفعّل من جديد. اتصل بالإنترنت لتلقي طلبات التوصيل${data.reason ? ` (${data.reason})` : "."}`,
  }),
}

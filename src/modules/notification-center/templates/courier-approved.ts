import type { LocalizedTemplate } from "./types"

export type CourierStatusData = { id: string; first_name?: string | null; reason?: string | null }

export const courierApproved: LocalizedTemplate<CourierStatusData> = {
  en: () => ({
    title: "You are approved to deliver",
    body: "Your courier account is active. Go online to receive deliveries.",
  }),
  ar: () => ({
    title: "تمت الموافقة عليك كمندوب توصيل",
    body: "حسابك كمندوب توصيل مفعّل. اتصل بالإنترنت لتلقي طلبات التوصيل.",
  }),
}

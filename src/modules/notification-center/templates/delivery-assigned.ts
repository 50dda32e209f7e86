import { orderLabel, type LocalizedTemplate } from "./types"

export type DeliveryAssignedData = { id: string; display_id?: number | null; courier_first_name?: string | null; proof_code: string }

export const deliveryAssigned: LocalizedTemplate<DeliveryAssignedData> = {
  en: (data) => ({
    title: "A courier is on the way",
    body: `${data.courier_first_name ?? "A courier"} will deliver your order ${orderLabel(data)}. Give the code ${data.proof_code} to the courier at the door.`,
  }),
  ar: (data) => ({
    title: "المندوب في الطريق",
    body: `سيوصل ${data.courier_first_name ?? "المندوب"} طلبك ${orderLabel(data)}. أعطِ الرمز ${data.proof_code} للمندوب عند الباب.`,
  }),
}

import { orderLabel, type LocalizedTemplate } from "./types"

export type DeliveryPickedUpData = { id: string; display_id?: number | null; courier_first_name?: string | null; proof_code: string }

export const deliveryPickedUp: LocalizedTemplate<DeliveryPickedUpData> = {
  en: (data) => ({
    title: "Your order is on its way",
    body: `${data.courier_first_name ?? "The courier"} has picked up your order ${orderLabel(data)}. Your delivery code is ${data.proof_code}.`,
  }),
  ar: (data) => ({
    title: "طلبك في الطريق إليك",
    body: `استلم ${data.courier_first_name ?? "المندوب"} طلبك ${orderLabel(data)}. رمز التسليم هو ${data.proof_code}.`,
  }),
}

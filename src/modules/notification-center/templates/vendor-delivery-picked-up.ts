import { orderLabel, type LocalizedTemplate } from "./types"

export type VendorDeliveryPickedUpData = { id: string; display_id?: number | null; courier_first_name?: string | null }

export const vendorDeliveryPickedUp: LocalizedTemplate<VendorDeliveryPickedUpData> = {
  en: (data) => ({
    title: "Order picked up",
    body: `${data.courier_first_name ?? "The courier"} picked up order ${orderLabel(data)}.`,
  }),
  ar: (data) => ({
    title: "تم استلام الطلب",
    body: `استلم ${data.courier_first_name ?? "المندوب"} الطلب ${orderLabel(data)}.`,
  }),
}

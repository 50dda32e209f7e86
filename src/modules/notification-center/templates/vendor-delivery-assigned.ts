import { orderLabel, type LocalizedTemplate } from "./types"

export type VendorDeliveryAssignedData = { id: string; display_id?: number | null; courier_first_name?: string | null; vehicle_type?: string | null }

export const vendorDeliveryAssigned: LocalizedTemplate<VendorDeliveryAssignedData> = {
  en: (data) => ({
    title: "Courier assigned",
    body: `${data.courier_first_name ?? "A courier"} will pick up order ${orderLabel(data)}.`,
  }),
  ar: (data) => ({
    title: "تم تعيين مندوب",
    body: `سيستلم ${data.courier_first_name ?? "مندوب"} الطلب ${orderLabel(data)}.`,
  }),
}

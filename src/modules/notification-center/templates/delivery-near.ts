import { orderLabel, type LocalizedTemplate } from "./types"

export type DeliveryNearData = {
  id: string
  display_id?: number | null
  courier_first_name?: string | null
  /** Whole minutes to the door, at least 1; null when unknown. */
  minutes?: number | null
}

const minutesEn = (minutes: number) => (minutes === 1 ? "about a minute" : `about ${minutes} minutes`)
const minutesAr = (minutes: number) => (minutes === 1 ? "دقيقة تقريباً" : minutes === 2 ? "دقيقتين تقريباً" : minutes <= 10 ? `${minutes} دقائق تقريباً` : `${minutes} دقيقة تقريباً`)

export const deliveryNear: LocalizedTemplate<DeliveryNearData> = {
  en: (data) => ({
    title: "Your courier is almost there",
    body: `${data.courier_first_name ?? "Your courier"} is near with your order ${orderLabel(data)}${
      data.minutes ? `, ${minutesEn(data.minutes)} away` : ""
    }. Please get ready to receive it.`,
  }),
  ar: (data) => ({
    title: "المندوب على وشك الوصول",
    body: `${data.courier_first_name ?? "المندوب"} قريب منك ومعه طلبك ${orderLabel(data)}${
      data.minutes ? `، يصل خلال ${minutesAr(data.minutes)}` : ""
    }. يرجى الاستعداد لاستلامه.`,
  }),
}

import type { LocalizedTemplate } from "./types"

export type VendorStockLowData = {
  vendor_id: string
  variant_id: string
  product_title?: string | null
  variant_title?: string | null
  available_quantity: number
  threshold: number
}

function itemName(data: VendorStockLowData, fallback: string): string {
  return [data.product_title, data.variant_title].filter(Boolean).join(" – ") || fallback
}

export const vendorStockLow: LocalizedTemplate<VendorStockLowData> = {
  en: (data) => ({
    title: "Low stock",
    body: `${itemName(data, "A product")} has ${data.available_quantity} left (alert at ${data.threshold}).`,
  }),
  ar: (data) => ({
    title: "مخزون منخفض",
    body: `بقي ${data.available_quantity} فقط من ${itemName(data, "أحد المنتجات")} (حد التنبيه ${data.threshold}).`,
  }),
}

import { orderLabel, type LocalizedTemplate } from "./types"

/**
 * One checkout: `display_ids` lists its orders, one per store. A checkout
 * from a single store reads as before, with its one order number.
 */
export type OrderPlacedData = { id: string; display_id?: number | null; display_ids?: number[] | null }

/** Arabic counts agree with the number: two stores, 3–10 stores, 11 stores and more. */
function storesInArabic(count: number): string {
  if (count === 2) {
    return "متجرين"
  }
  return count <= 10 ? `${count} متاجر` : `${count} متجراً`
}

function orderNumbers(data: OrderPlacedData): string[] {
  const ids = data.display_ids?.length ? data.display_ids : []
  return ids.length ? ids.map((displayId) => orderLabel({ display_id: displayId })) : [orderLabel(data)]
}

export const orderPlaced: LocalizedTemplate<OrderPlacedData> = {
  en: (data) => {
    const numbers = orderNumbers(data)
    return numbers.length > 1
      ? {
          title: "Order received",
          body: `Thank you! We received your order and sent it to ${numbers.length} stores as orders ${numbers.join(", ")}.`,
        }
      : { title: "Order received", body: `Thank you! We received your order ${numbers[0]} and sent it to the store.` }
  },
  ar: (data) => {
    const numbers = orderNumbers(data)
    return numbers.length > 1
      ? {
          title: "تم استلام طلبك",
          body: `شكراً لك! استلمنا طلبك وأرسلناه إلى ${storesInArabic(numbers.length)} في الطلبات ${numbers.join("، ")}.`,
        }
      : { title: "تم استلام طلبك", body: `شكراً لك! استلمنا طلبك ${numbers[0]} وأرسلناه إلى المتجر.` }
  },
}

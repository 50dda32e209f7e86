import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"

/**
 * Each vendor whose products the order holds hears of a new order. The
 * customer hears once per checkout, from `order_group.placed`.
 */
export default async function orderPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    // An order item's quantity lives on its detail row (`items.detail.quantity`); `items.quantity` reads nothing.
    fields: ["id", "display_id", "items.product_id", "items.detail.quantity"],
    filters: { id: event.data.id },
  })
  if (!order) {
    return
  }
  const resource = { type: "order", id: order.id }

  const items = (order.items ?? []).filter((item: any) => item?.product_id) as { product_id: string; quantity?: unknown; detail?: { quantity?: unknown } }[]
  if (!items.length) {
    return
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "vendor.id"],
    filters: { id: [...new Set(items.map((item) => item.product_id))] },
  })
  const vendorOfProduct = new Map(products.map((product: any) => [product.id, product.vendor?.id as string | undefined]))
  const itemCountByVendor = new Map<string, number>()
  for (const item of items) {
    const vendorId = vendorOfProduct.get(item.product_id)
    if (vendorId) {
      itemCountByVendor.set(vendorId, (itemCountByVendor.get(vendorId) ?? 0) + quantityOf(item.detail?.quantity ?? item.quantity))
    }
  }
  for (const [vendorId, itemCount] of itemCountByVendor) {
    await notifyRecipientsWorkflow(container).run({
      input: {
        event: "vendor-new-order",
        category: "orders",
        data: { id: order.id, display_id: order.display_id, item_count: itemCount },
        resource,
        recipients: { vendor_id: vendorId },
      },
    })
  }
}

/** Medusa answers quantities as big numbers (`{value, precision}` or a BigNumber), which `Number()` makes NaN. */
function quantityOf(quantity: unknown): number {
  return MathBN.convert(quantity as any).toNumber()
}

export const config: SubscriberConfig = { event: "order.placed" }

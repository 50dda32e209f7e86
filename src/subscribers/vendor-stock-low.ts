import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notifyRecipientsWorkflow } from "../workflows/notification/workflows/notify-recipients"
import type { LowStockVariant } from "../workflows/vendor-product/steps/find-low-stock-variants"
import { DaraaEvents } from "../events"


/** The vendor's owners and managers hear that a variant runs low at their location. */
export default async function vendorStockLowNotification({ event, container }: SubscriberArgs<LowStockVariant>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: event.data.variant_id } })
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: "vendor-stock-low",
      category: "orders",
      data: {
        vendor_id: event.data.vendor_id,
        variant_id: event.data.variant_id,
        product_title: (variant as any)?.product?.title ?? null,
        variant_title: variant?.title ?? null,
        available_quantity: event.data.available_quantity,
        threshold: event.data.threshold,
      },
      resource: { type: "product_variant", id: event.data.variant_id },
      recipients: { vendor_id: event.data.vendor_id },
    },
  })
}

export const config: SubscriberConfig = { event: DaraaEvents.VENDOR_STOCK_LOW }

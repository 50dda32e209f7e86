import { model } from "@medusajs/framework/utils"

/**
 * A refund made on a vendor order's own payment, recorded once with its order
 * whichever route made it (Daraa's, or Medusa's own refund and cancel). Its
 * unique `refund_id` is what makes `vendor_order.refunded` go out exactly once.
 */
export const VendorOrderRefund = model
  .define("vendor_order_refund", {
    id: model.id({ prefix: "vorf" }).primaryKey(),
    refund_id: model.text().unique(),
    order_id: model.text(),
    payment_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
  })
  .indexes([{ on: ["order_id"] }])

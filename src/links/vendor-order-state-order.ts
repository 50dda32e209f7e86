import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

// Read-only: a vendor order state's `order_id` already points at its Medusa order.
export default defineLink(
  { linkable: OrderGroupModule.linkable.vendorOrderState, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)

import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import OrderGroupModule from "../modules/order-group"

// A checkout's group holds one Medusa order per vendor.
export default defineLink(OrderGroupModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})

import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import VendorModule from "../modules/vendor"

// A vendor receives many orders; each order is one vendor's.
export default defineLink(VendorModule.linkable.vendor, {
  linkable: OrderModule.linkable.order,
  isList: true,
})

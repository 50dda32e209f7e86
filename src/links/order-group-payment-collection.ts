import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import OrderGroupModule from "../modules/order-group"

// The one payment collection that paid for the whole checkout. It is linked to
// the group, not to the vendor orders, so that Medusa's own order flows never
// refund or cancel the whole payment on behalf of one vendor's order.
export default defineLink(OrderGroupModule.linkable.orderGroup, PaymentModule.linkable.paymentCollection)

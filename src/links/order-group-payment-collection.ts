import { defineLink } from "@medusajs/framework/utils"
import PaymentModule from "@medusajs/medusa/payment"
import OrderGroupModule from "../modules/order-group"

// The checkout's payment collection: the customer's one authorisation on the
// rail. Each vendor order has its own collection for its share (Medusa's own
// order ↔ payment collection link), so Medusa's order flows only ever move that
// order's share; this one belongs to the group.
export default defineLink(OrderGroupModule.linkable.orderGroup, PaymentModule.linkable.paymentCollection)

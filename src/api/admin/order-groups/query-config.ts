import type { ListShape } from "../../list-query"
import { ORDER_GROUP_ORDER_FIELDS } from "../../../workflows/order-group/order-group-view"
import { vendorOrderListFields } from "../../vendor/orders/query-config"

/** What a checkout carries (order-group-view.ts); `orders.items` and the like are whole. */
export const orderGroupFields = [
  "id",
  "cart_id",
  "customer_id",
  "email",
  "currency_code",
  "total",
  "created_at",
  // The fields each order is read with, whole relations named without `.*`, and its vendor state.
  ...[...ORDER_GROUP_ORDER_FIELDS.map((field) => field.replace(/\.\*$/, "")), "vendor_status", "accept_by"].map((field) => `orders.${field}`),
]

export const orderGroupList: ListShape = {
  fields: orderGroupFields,
  order: ["created_at"],
  defaultOrder: "-created_at",
}

/** What the platform sees of a vendor order in a list: the vendor's view, plus the account, the vendor and the group. */
export const adminVendorOrderList: ListShape = {
  fields: [
    ...vendorOrderListFields,
    "email",
    "customer_id",
    "customer.id",
    "customer.email",
    "customer.phone",
    "vendor.id",
    "vendor.handle",
    "vendor.name",
    "order_group_id",
  ],
  order: ["created_at", "display_id"],
  defaultOrder: "-created_at",
}

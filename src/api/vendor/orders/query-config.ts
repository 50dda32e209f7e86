import type { ListShape } from "../../list-query"

/** What a vendor order carries in a list (vendor-orders-view.ts, "list"). */
export const vendorOrderListFields = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "created_at",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "item_count",
  "customer.first_name",
  "customer.last_name",
  "vendor_status",
  "status_reason",
  "accept_by",
  "commission_total",
  "net_total",
]

export const vendorOrderList: ListShape = {
  fields: vendorOrderListFields,
  order: ["created_at", "display_id"],
  defaultOrder: "-created_at",
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

const LIST_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "total",
  "email",
  "customer_id",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "vendor.id",
  "vendor.handle",
  "vendor.name",
]

const DETAIL_ORDER_FIELDS = [
  ...LIST_ORDER_FIELDS,
  "updated_at",
  "canceled_at",
  "subtotal",
  "tax_total",
  "discount_total",
  "shipping_total",
  "item_total",
  "summary.*",
  "items.*",
  "shipping_methods.*",
  "shipping_address.*",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "customer.phone",
]

export const VENDOR_ORDER_STATE_FIELDS = [
  "order_id",
  "vendor_id",
  "order_group_id",
  "vendor_status",
  "status_reason",
  "accept_by",
  "accepted_at",
  "preparing_at",
  "ready_at",
  "rejected_at",
  "cancelled_at",
]

export type VendorOrderState = Record<(typeof VENDOR_ORDER_STATE_FIELDS)[number], any>

/**
 * The platform's view of vendor orders, in the order of `states`: each Medusa
 * order with its vendor, vendor status, group and commission. The detail view
 * adds the money breakdown, addresses, the status timestamps and the
 * commission lines.
 */
export async function adminVendorOrdersView(container: MedusaContainer, states: VendorOrderState[], view: "list" | "detail") {
  if (!states.length) {
    return []
  }
  const orderIds = states.map((state) => state.order_id as string)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, commissions] = await Promise.all([
    query.graph({ entity: "order", fields: view === "detail" ? DETAIL_ORDER_FIELDS : LIST_ORDER_FIELDS, filters: { id: orderIds } }),
    container.resolve<CommissionModuleService>(COMMISSION_MODULE).summarizeOrders(orderIds),
  ])
  const orderOf = new Map((orders as any[]).map((order) => [order.id as string, order]))
  return states
    .filter((state) => orderOf.has(state.order_id))
    .map((state) => {
      const order = orderOf.get(state.order_id)
      const summary = commissions.get(state.order_id)
      const listed = {
        ...order,
        items: ((order.items ?? []) as any[]).map(({ detail, ...item }) => ({ ...item, quantity: quantityOf(item, detail) })),
        vendor_status: state.vendor_status,
        accept_by: state.accept_by,
        order_group_id: state.order_group_id,
        commission_total: summary?.commission_total ?? 0,
      }
      if (view === "list") {
        return listed
      }
      return {
        ...listed,
        status_reason: state.status_reason ?? null,
        accepted_at: state.accepted_at ?? null,
        preparing_at: state.preparing_at ?? null,
        ready_at: state.ready_at ?? null,
        rejected_at: state.rejected_at ?? null,
        cancelled_at: state.cancelled_at ?? null,
        commission_lines: summary?.lines ?? [],
      }
    })
}

/** The ordered quantity as a plain number; Medusa keeps it on the item and on its detail row. */
function quantityOf(item: any, detail: any): number {
  return MathBN.convert(item.raw_quantity ?? item.quantity ?? detail?.raw_quantity ?? detail?.quantity ?? 0).toNumber()
}


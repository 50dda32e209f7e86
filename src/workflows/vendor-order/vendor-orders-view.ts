import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../modules/commission"
import type CommissionModuleService from "../../modules/commission/service"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type OrderGroupModuleService from "../../modules/order-group/service"
import { vendorOrderMoney } from "./vendor-order-money"

/** What a vendor's order list shows of each order. */
const LIST_ORDER_FIELDS = [
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
  "customer.first_name",
  "customer.last_name",
  "shipping_address.first_name",
  "shipping_address.last_name",
]

/** What one vendor order shows: everything needed to prepare and hand it over, and the money. */
const DETAIL_ORDER_FIELDS = [
  ...LIST_ORDER_FIELDS,
  "updated_at",
  "canceled_at",
  "subtotal",
  "tax_total",
  "discount_total",
  "shipping_total",
  "item_total",
  "item_subtotal",
  "item_tax_total",
  "shipping_tax_total",
  "summary.*",
  "items.subtitle",
  "items.product_id",
  "items.variant_sku",
  "items.subtotal",
  "items.tax_total",
  "items.discount_total",
  "items.total",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.subtotal",
  "shipping_methods.total",
  "shipping_methods.tax_total",
  "shipping_methods.discount_total",
  "shipping_address.*",
]

const STATE_FIELDS = [
  "id",
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
] as const

export type VendorOrderView = "list" | "detail"

/** Who looks: the vendor sees the customer's name only; the platform also sees the account, the vendor and the group. */
export type VendorOrderAudience = "vendor" | "admin"

const ADMIN_ORDER_FIELDS = [
  "email",
  "customer_id",
  "customer.id",
  "customer.email",
  "customer.phone",
  "vendor.id",
  "vendor.handle",
  "vendor.name",
]

/**
 * Vendor orders as the vendor app or the platform sees them, in the order of
 * `orderIds`: Medusa's order beside its vendor status, the customer's name,
 * and the commission. `commission_total` and `net_total` come from the one
 * money snapshot (`vendorOrderMoney`): `net_total` is what the vendor keeps,
 * its sales (line totals after discounts, without tax, less what refunds and
 * returns took back) less the commission; delivery fees and taxes are not the
 * vendor's. One order's view also has the whole snapshot as `money`.
 */
export async function vendorOrdersView(
  container: MedusaContainer,
  orderIds: string[],
  view: VendorOrderView,
  audience: VendorOrderAudience = "vendor"
) {
  if (!orderIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderGroups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const [states, { data: orders }, commissions, changes] = await Promise.all([
    orderGroups.listVendorOrderStates({ order_id: orderIds }, { select: [...STATE_FIELDS] }),
    query.graph({
      entity: "order",
      fields: [...(view === "detail" ? DETAIL_ORDER_FIELDS : LIST_ORDER_FIELDS), ...(audience === "admin" ? ADMIN_ORDER_FIELDS : [])],
      filters: { id: orderIds },
    }),
    container.resolve<CommissionModuleService>(COMMISSION_MODULE).summarizeOrders(orderIds),
    view === "detail"
      ? orderGroups.listVendorOrderStatusChanges({ order_id: orderIds }, { order: { created_at: "ASC", id: "ASC" } })
      : Promise.resolve([]),
  ])
  const changesOf = new Map<string, any[]>()
  for (const change of changes) {
    changesOf.set(change.order_id, [...(changesOf.get(change.order_id) ?? []), change])
  }
  const stateOf = new Map(states.map((state) => [state.order_id, state]))
  const orderOf = new Map((orders as any[]).map((order) => [order.id as string, order]))

  return orderIds
    .filter((id) => orderOf.has(id) && stateOf.has(id))
    .map((id) => {
      // The vendor sees the customer's name (and the delivery address), not their account.
      const { customer, customer_id: customerId, ...order } = orderOf.get(id)
      const state = stateOf.get(id)!
      const summary = commissions.get(id)
      const lines = summary?.lines ?? []
      const money = vendorOrderMoney(order, lines as any)
      const items = ((order.items ?? []) as any[]).map(({ detail, ...item }) => ({ ...withoutRaw(item), quantity: quantityOf(item, detail) }))
      const shared = {
        ...order,
        items,
        item_count: items.reduce((count, item) => count + item.quantity, 0),
        customer: {
          ...(audience === "admin" ? { id: customer?.id ?? null, email: customer?.email ?? null, phone: customer?.phone ?? null } : {}),
          first_name: customer?.first_name || order.shipping_address?.first_name || null,
          last_name: customer?.last_name || order.shipping_address?.last_name || null,
        },
        ...(audience === "admin" ? { customer_id: customerId ?? null, order_group_id: state.order_group_id } : {}),
        vendor_status: state.vendor_status,
        status_reason: state.status_reason ?? null,
        accept_by: state.accept_by,
        commission_total: money.commission,
        net_total: money.vendor_net,
      }
      if (view === "list") {
        const { shipping_address: _address, ...listed } = shared as typeof shared & { shipping_address?: unknown }
        return listed
      }
      return {
        ...shared,
        summary: order.summary ? withoutRaw(order.summary) : null,
        money,
        order_group_id: state.order_group_id,
        accepted_at: state.accepted_at ?? null,
        preparing_at: state.preparing_at ?? null,
        ready_at: state.ready_at ?? null,
        rejected_at: state.rejected_at ?? null,
        cancelled_at: state.cancelled_at ?? null,
        // Every move, oldest first; who made it is named to admins only.
        status_changes: (changesOf.get(id) ?? []).map((change) => ({
          action: change.action,
          from_status: change.from_status,
          to_status: change.to_status,
          reason: change.reason ?? null,
          actor_type: change.actor_type,
          ...(audience === "admin" ? { actor_id: change.actor_id ?? null } : {}),
          created_at: change.created_at,
        })),
        commission_lines: lines.map((line) => ({
          id: line.id,
          line_item_id: line.line_item_id,
          rule_id: line.rule_id,
          percent_rate: line.percent_rate,
          flat_amount: line.flat_amount,
          base_amount: line.base_amount,
          amount: line.amount,
          original_amount: line.original_amount,
          adjustments: line.adjustments.map((adjustment) => ({
            cause: adjustment.cause,
            base_delta: adjustment.base_delta,
            amount_delta: adjustment.amount_delta,
            created_at: adjustment.created_at,
          })),
        })),
      }
    })
}

/** Medusa's `raw_*` twins of each amount are for arithmetic, not for the vendor app. */
function withoutRaw(record: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith("raw_")))
}

/** The ordered quantity, a plain number; Medusa keeps it on the item and on its detail row. */
function quantityOf(item: any, detail: any): number {
  const quantity = item.raw_quantity ?? item.quantity ?? detail?.raw_quantity ?? detail?.quantity ?? 0
  return MathBN.convert(quantity).toNumber()
}

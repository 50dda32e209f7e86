import type { Translate } from "./translate"
import { formatAmount, statusColor, statusLabel, type AdminOrderGroup } from "./vendor-order-panel"

/** The store a product belongs to, as the product widget shows it; null for a product of no store. */
export function productVendorOf(product: { vendor?: { id: string; name: string; handle?: string } | null } | null | undefined) {
  const vendor = product?.vendor
  if (!vendor) {
    return null
  }
  return { id: vendor.id, name: vendor.name, handle: vendor.handle ?? null }
}

export type CustomerGroupRow = {
  id: string
  placed: string
  total: string
  orders: { id: string; label: string; status: string }[]
}

/** A customer's checkouts, newest first, each with its stores' orders and their vendor statuses. */
export function customerGroupsOf(groups: (AdminOrderGroup & { created_at: string })[] | null | undefined, t: Translate): CustomerGroupRow[] {
  return (groups ?? []).map((group) => ({
    id: group.id,
    placed: group.created_at,
    total: formatAmount(group.total, group.currency_code),
    orders: group.orders.map((order) => ({
      id: order.id,
      label: t("common.orderLine", { number: order.display_id, store: order.vendor?.name ?? t("common.unknownStore") }),
      status: statusLabel(order.vendor_status, t),
    })),
  }))
}

export type OrderGroupRow = {
  id: string
  placed: string
  customer: string
  total: string
  // `status` is the vendor status's label in the admin's language.
  orders: { id: string; number: string; store: string; status: string; color: ReturnType<typeof statusColor> }[]
}

/** The Order groups page's rows: each checkout with its customer, its total and one line per store's order. */
export function orderGroupRowsOf(
  groups: (AdminOrderGroup & { created_at: string; email?: string | null; customer_id?: string | null })[] | null | undefined,
  t: Translate
): OrderGroupRow[] {
  return (groups ?? []).map((group) => ({
    id: group.id,
    placed: group.created_at,
    customer: group.email || (group.customer_id ? group.customer_id : t("common.guest")),
    total: formatAmount(group.total, group.currency_code),
    orders: group.orders.map((order) => ({
      id: order.id,
      number: `#${order.display_id}`,
      store: order.vendor?.name ?? t("common.unknownStore"),
      status: statusLabel(order.vendor_status, t),
      color: statusColor(order.vendor_status),
    })),
  }))
}

/** The Order groups page's query: a page of checkouts, newest first, narrowed to a store's and to those placed since a day. */
export function orderGroupListQuery(filter: { vendorId: string; placedSince: string; page: number }, pageSize = 20) {
  const since = filter.placedSince.trim()
  return {
    limit: pageSize,
    offset: filter.page * pageSize,
    order: "-created_at",
    ...(filter.vendorId && filter.vendorId !== "all" ? { vendor_id: filter.vendorId } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(since) ? { "created_at[gte]": since } : {}),
  }
}

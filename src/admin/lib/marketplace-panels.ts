import { formatAmount, statusLabel, type AdminOrderGroup } from "./vendor-order-panel"

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
export function customerGroupsOf(groups: (AdminOrderGroup & { created_at: string })[] | null | undefined): CustomerGroupRow[] {
  return (groups ?? []).map((group) => ({
    id: group.id,
    placed: group.created_at,
    total: formatAmount(group.total, group.currency_code),
    orders: group.orders.map((order) => ({
      id: order.id,
      label: `#${order.display_id} · ${order.vendor?.name ?? "Unknown store"}`,
      status: statusLabel(order.vendor_status),
    })),
  }))
}

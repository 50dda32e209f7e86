import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a group shows of each of its orders. */
export const ORDER_GROUP_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "email",
  "currency_code",
  "created_at",
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "shipping_total",
  "item_total",
  "summary.*",
  "items.*",
  "shipping_methods.*",
  "shipping_address.*",
  "vendor.id",
  "vendor.handle",
  "vendor.name",
]

/**
 * Groups by id, in the order asked, each with its orders (first placed first),
 * every order carrying its vendor and `vendor_status`.
 */
export async function orderGroupsView(container: MedusaContainer, groupIds: string[]) {
  if (!groupIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "cart_id",
      "customer_id",
      "email",
      "currency_code",
      "total",
      "created_at",
      "vendor_order_states.order_id",
      "vendor_order_states.vendor_status",
      "vendor_order_states.accept_by",
      ...ORDER_GROUP_ORDER_FIELDS.map((field) => `orders.${field}`),
    ],
    filters: { id: groupIds },
  })
  const byId = new Map<string, any>(groups.map((group: any) => [group.id, group]))
  return groupIds
    .filter((id) => byId.has(id))
    .map((id) => {
      const { vendor_order_states: states, orders, ...group } = byId.get(id)
      const stateOf = new Map<string, any>((states ?? []).map((state: any) => [state.order_id, state]))
      return {
        ...group,
        orders: [...(orders ?? [])]
          .sort((a: any, b: any) => a.display_id - b.display_id)
          .map((order: any) => ({
            ...order,
            vendor_status: stateOf.get(order.id)?.vendor_status ?? null,
            accept_by: stateOf.get(order.id)?.accept_by ?? null,
          })),
      }
    })
}

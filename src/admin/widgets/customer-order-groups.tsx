import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"
import { customerGroupsOf } from "../lib/marketplace-panels"
import type { AdminOrderGroup } from "../lib/vendor-order-panel"

/** On Medusa's customer page: the customer's checkouts, each with one order per store (`GET /admin/order-groups`). */
const CustomerOrderGroupsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation("daraa")
  const groups = useQuery({
    queryKey: ["daraa-customer-order-groups", customer.id],
    queryFn: () =>
      sdk.client.fetch<{ order_groups: (AdminOrderGroup & { created_at: string })[]; count: number }>("/admin/order-groups", {
        query: { customer_id: customer.id, limit: 10 },
      }),
  })
  const rows = customerGroupsOf(groups.data?.order_groups, t)
  return (
    <Container className="divide-y p-0" data-testid="daraa-customer-order-groups">
      <div className="px-6 py-4">
        <Heading level="h2">{t("customerGroups.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {groups.data ? t("customerGroups.count", { count: groups.data.count }) : t("customerGroups.loading")}
        </Text>
      </div>
      {rows.map((row) => (
        <div key={row.id} className="px-6 py-3" data-testid="daraa-customer-order-group">
          <div className="flex justify-between">
            <Text size="small" weight="plus">
              {new Date(row.placed).toLocaleString()}
            </Text>
            <Text size="small">{row.total}</Text>
          </div>
          {row.orders.map((order) => (
            <div key={order.id} className="flex justify-between py-0.5">
              <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive txt-small">
                {order.label}
              </Link>
              <Text size="small" className="text-ui-fg-subtle">
                {order.status}
              </Text>
            </div>
          ))}
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerOrderGroupsWidget

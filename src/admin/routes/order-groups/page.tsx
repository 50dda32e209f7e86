import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Container, Heading, Input, Label, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { orderGroupListQuery, orderGroupRowsOf } from "../../lib/marketplace-panels"
import { sdk } from "../../lib/sdk"
import type { AdminOrderGroup } from "../../lib/vendor-order-panel"

const PAGE_SIZE = 20

type ListedGroup = AdminOrderGroup & { created_at: string; email: string | null; customer_id: string | null }

/**
 * Every checkout (`GET /admin/order-groups`), newest first, with its customer,
 * its total and each store's order linking to Medusa's order page; narrowed
 * to one store's checkouts and to those placed since a day. Medusa's own
 * orders list takes no extra column or filter from an extension, so this is
 * where orders are found by vendor.
 */
const OrderGroupsPage = () => {
  const { t } = useTranslation("daraa")
  // A vendor's page links here with ?vendor_id=.
  const [searchParams] = useSearchParams()
  const [vendorId, setVendorId] = useState(searchParams.get("vendor_id") || "all")
  const [placedSince, setPlacedSince] = useState("")
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-order-groups", vendorId, placedSince, page],
    queryFn: () =>
      sdk.client.fetch<{ order_groups: ListedGroup[]; count: number }>("/admin/order-groups", {
        query: orderGroupListQuery({ vendorId, placedSince, page }, PAGE_SIZE),
      }),
    placeholderData: keepPreviousData,
  })
  const vendors = useQuery({
    queryKey: ["daraa-order-group-vendors"],
    queryFn: () =>
      sdk.client.fetch<{ vendors: { id: string; name: string }[] }>("/admin/vendors", { query: { limit: 100, order: "name", fields: "id,name" } }),
  })
  const rows = orderGroupRowsOf(list.data?.order_groups, t)
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("orderGroups.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle" data-testid="daraa-order-groups-count">
          {t("orderGroups.subtitle")} {list.data ? t("orderGroups.count", { count }) : ""}
        </Text>
      </div>
      <div className="flex items-end gap-4 px-6 py-4">
        <div className="flex w-[240px] flex-col gap-1">
          <Label size="small">{t("orderGroups.store")}</Label>
          <Select
            value={vendorId}
            onValueChange={(value) => {
              setVendorId(value)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="daraa-order-groups-vendor">
              <Select.Value placeholder={t("orderGroups.store")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("orderGroups.allStores")}</Select.Item>
              {(vendors.data?.vendors ?? []).map((vendor) => (
                <Select.Item key={vendor.id} value={vendor.id}>
                  {vendor.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex w-[200px] flex-col gap-1">
          <Label size="small" htmlFor="daraa-order-groups-since">
            {t("orderGroups.placedSince")}
          </Label>
          <Input
            id="daraa-order-groups-since"
            type="date"
            size="small"
            value={placedSince}
            onChange={(event) => {
              setPlacedSince(event.target.value)
              setPage(0)
            }}
          />
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("orderGroups.placed")}</Table.HeaderCell>
            <Table.HeaderCell>{t("orderGroups.customer")}</Table.HeaderCell>
            <Table.HeaderCell>{t("orderGroups.orders")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("orderGroups.total")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id} data-testid="daraa-order-group-row" className="align-top">
              <Table.Cell>{new Date(row.placed).toLocaleString()}</Table.Cell>
              <Table.Cell>{row.customer}</Table.Cell>
              <Table.Cell>
                <div className="flex flex-col gap-1 py-2">
                  {row.orders.map((order) => (
                    <div key={order.id} className="flex items-center gap-2" data-testid="daraa-order-group-order">
                      <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive txt-small">
                        {order.number} · {order.store}
                      </Link>
                      <StatusBadge color={order.color}>
                        {order.status}
                      </StatusBadge>
                    </div>
                  ))}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">{row.total}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && rows.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("orderGroups.none")}
        </Text>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pages}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pages}
        previousPage={() => setPage((current) => Math.max(0, current - 1))}
        nextPage={() => setPage((current) => current + 1)}
        translations={{
          of: t("pagination.of"),
          results: t("pagination.results"),
          pages: t("pagination.pages"),
          prev: t("pagination.prev"),
          next: t("pagination.next"),
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "menu.orderGroups",
  translationNs: "daraa",
  icon: ShoppingCart,
})

export default OrderGroupsPage

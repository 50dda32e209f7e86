import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Container, Heading, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { addressLineOf, DELIVERY_STATUSES, deliveryListQuery, deliveryStatusColor, deliveryStatusLabel } from "../../lib/delivery-admin"
import { sdk } from "../../lib/sdk"
import { paginationLabels } from "../../lib/translate"

const PAGE_SIZE = 20

type DeliveryRow = {
  id: string
  order_id: string
  courier_id: string | null
  status: string
  currency_code: string
  fee: number
  cash_due: number | null
  pickup_address: Record<string, string | null> | null
  dropoff_address: Record<string, string | null> | null
  created_at: string
}

/** Every delivery, newest first, filterable by status. */
const DeliveriesPage = () => {
  const { t } = useTranslation("daraa")
  const [status, setStatus] = useState("all")
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-deliveries", status, page],
    queryFn: () => sdk.client.fetch<{ deliveries: DeliveryRow[]; count: number }>("/admin/deliveries", { query: deliveryListQuery({ status, page }, PAGE_SIZE) }),
    placeholderData: keepPreviousData,
  })
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("deliveries.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("deliveries.subtitle")}
        </Text>
      </div>
      <div className="flex gap-2 px-6 py-4">
        <div className="w-[240px]">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="daraa-deliveries-status">
              <Select.Value placeholder={t("deliveries.status")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("deliveries.allStatuses")}</Select.Item>
              {DELIVERY_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {deliveryStatusLabel(value, t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("deliveries.delivery")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryPage.pickup")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryPage.dropoff")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveries.fee")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveries.courier")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveries.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveries.created")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.deliveries ?? []).map((delivery) => (
            <Table.Row key={delivery.id} data-testid="daraa-delivery-row">
              <Table.Cell>
                <Link to={`/deliveries/${delivery.id}`} className="text-ui-fg-interactive">
                  {delivery.id}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {delivery.order_id}
                </Text>
              </Table.Cell>
              <Table.Cell>{addressLineOf(delivery.pickup_address)}</Table.Cell>
              <Table.Cell>{addressLineOf(delivery.dropoff_address)}</Table.Cell>
              <Table.Cell>{`${delivery.fee} ${delivery.currency_code.toUpperCase()}`}</Table.Cell>
              <Table.Cell>
                {delivery.courier_id ? (
                  <Link to={`/couriers/${delivery.courier_id}`} className="text-ui-fg-interactive">
                    {delivery.courier_id}
                  </Link>
                ) : (
                  t("deliveries.unassigned")
                )}
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={deliveryStatusColor(delivery.status)}>{deliveryStatusLabel(delivery.status, t)}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{new Date(delivery.created_at).toLocaleString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && list.data.deliveries.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("deliveries.none")}
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
        translations={paginationLabels(t)}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Deliveries" in English.
  label: "menu.deliveries",
  translationNs: "daraa",
  icon: MapPin,
})

export default DeliveriesPage

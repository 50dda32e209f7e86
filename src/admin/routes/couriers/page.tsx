import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { availabilityLabel, COURIER_STATUSES, courierListQuery, courierNameOf, courierStatusColor, courierStatusLabel, vehicleLabel } from "../../lib/courier-admin"
import { sdk } from "../../lib/sdk"
import { paginationLabels } from "../../lib/translate"

const PAGE_SIZE = 20

type CourierRow = {
  id: string
  first_name: string
  last_name: string
  phone: string
  email: string | null
  vehicle_type: string
  status: string
  availability: string
  created_at: string
}

/** Every courier, filterable by status and searchable by name, phone or email; the review queue is `Waiting for review`. */
const CouriersPage = () => {
  const { t } = useTranslation("daraa")
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-couriers", status, q, page],
    queryFn: () =>
      sdk.client.fetch<{ couriers: CourierRow[]; count: number }>("/admin/couriers", { query: courierListQuery({ status, q, page }, PAGE_SIZE) }),
    placeholderData: keepPreviousData,
  })
  const waiting = useQuery({
    queryKey: ["daraa-couriers-waiting"],
    queryFn: () => sdk.client.fetch<{ count: number }>("/admin/couriers", { query: { status: "pending", limit: 1 } }),
  })
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("couriers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("couriers.subtitle")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          data-testid="daraa-couriers-waiting"
          onClick={() => {
            setStatus("pending")
            setPage(0)
          }}
        >
          {t("vendors.waiting")} <Badge size="2xsmall">{waiting.data?.count ?? 0}</Badge>
        </Button>
      </div>
      <div className="flex gap-2 px-6 py-4">
        <div className="w-[200px]">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="daraa-couriers-status">
              <Select.Value placeholder={t("vendors.status")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("vendors.allStatuses")}</Select.Item>
              {COURIER_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {courierStatusLabel(value, t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          type="search"
          placeholder={t("couriers.search")}
          value={q}
          data-testid="daraa-couriers-search"
          onChange={(event) => {
            setQ(event.target.value)
            setPage(0)
          }}
        />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("couriers.courier")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendorPage.phone")}</Table.HeaderCell>
            <Table.HeaderCell>{t("couriers.vehicle")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendors.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("couriers.availability")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendors.registered")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.couriers ?? []).map((courier) => (
            <Table.Row key={courier.id} data-testid="daraa-courier-row">
              <Table.Cell>
                <Link to={`/couriers/${courier.id}`} className="text-ui-fg-interactive">
                  {courierNameOf(courier)}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {courier.email ?? courier.id}
                </Text>
              </Table.Cell>
              <Table.Cell>{courier.phone}</Table.Cell>
              <Table.Cell>{vehicleLabel(courier.vehicle_type, t)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={courierStatusColor(courier.status)}>{courierStatusLabel(courier.status, t)}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={courier.availability === "online" ? "green" : "grey"}>{availabilityLabel(courier.availability, t)}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{new Date(courier.created_at).toLocaleDateString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && list.data.couriers.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("couriers.none")}
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
  // A key of src/admin/i18n: "Couriers" in English.
  label: "menu.couriers",
  translationNs: "daraa",
  icon: TruckFast,
})

export default CouriersPage

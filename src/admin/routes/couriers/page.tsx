import { defineRouteConfig } from "@medusajs/admin-sdk"
import { TruckFast } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { COURIER_STATUSES, courierListQuery, courierNameOf, courierStatusColor, courierStatusLabel, vehicleLabel } from "../../lib/courier-admin"

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
          <Heading>Couriers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The people who deliver the marketplace's orders.
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
          Waiting for review <Badge size="2xsmall">{waiting.data?.count ?? 0}</Badge>
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
              <Select.Value placeholder="Status" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All statuses</Select.Item>
              {COURIER_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {courierStatusLabel(value)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          type="search"
          placeholder="Search name, phone or email"
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
            <Table.HeaderCell>Courier</Table.HeaderCell>
            <Table.HeaderCell>Phone</Table.HeaderCell>
            <Table.HeaderCell>Vehicle</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Availability</Table.HeaderCell>
            <Table.HeaderCell>Registered</Table.HeaderCell>
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
              <Table.Cell>{vehicleLabel(courier.vehicle_type)}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={courierStatusColor(courier.status)}>{courierStatusLabel(courier.status)}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={courier.availability === "online" ? "green" : "grey"}>
                  {courier.availability === "online" ? "Online" : "Offline"}
                </StatusBadge>
              </Table.Cell>
              <Table.Cell>{new Date(courier.created_at).toLocaleDateString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && list.data.couriers.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No courier matches.
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
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Couriers",
  icon: TruckFast,
})

export default CouriersPage

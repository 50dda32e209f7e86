import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { VENDOR_STATUSES, vendorListQuery, vendorStatusColor, vendorStatusLabel } from "../../lib/vendor-admin"

const PAGE_SIZE = 20

type VendorRow = { id: string; name: string; handle: string; email: string | null; city: string | null; status: string; created_at: string }

/** Every vendor, filterable by status and searchable by name, handle or email; the review queue is `Waiting for review`. */
const VendorsPage = () => {
  const { t } = useTranslation("daraa")
  const statusName = (status: string) => vendorStatusLabel(status, t)
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-vendors", status, q, page],
    queryFn: () =>
      sdk.client.fetch<{ vendors: VendorRow[]; count: number }>("/admin/vendors", { query: vendorListQuery({ status, q, page }, PAGE_SIZE) }),
    placeholderData: keepPreviousData,
  })
  const waiting = useQuery({
    queryKey: ["daraa-vendors-waiting"],
    queryFn: () => sdk.client.fetch<{ count: number }>("/admin/vendors", { query: { status: "pending", limit: 1 } }),
  })
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("vendors.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("vendors.subtitle")}
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          data-testid="daraa-vendors-waiting"
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
            <Select.Trigger data-testid="daraa-vendors-status">
              <Select.Value placeholder={t("vendors.status")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("vendors.allStatuses")}</Select.Item>
              {VENDOR_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {statusName(value)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          type="search"
          placeholder={t("vendors.search")}
          value={q}
          data-testid="daraa-vendors-search"
          onChange={(event) => {
            setQ(event.target.value)
            setPage(0)
          }}
        />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("vendors.store")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendors.email")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendors.city")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendors.status")}</Table.HeaderCell>
            <Table.HeaderCell>{t("vendors.registered")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.vendors ?? []).map((vendor) => (
            <Table.Row key={vendor.id} data-testid="daraa-vendor-row">
              <Table.Cell>
                <Link to={`/vendors/${vendor.id}`} className="text-ui-fg-interactive">
                  {vendor.name}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {vendor.handle}
                </Text>
              </Table.Cell>
              <Table.Cell>{vendor.email ?? "—"}</Table.Cell>
              <Table.Cell>{vendor.city ?? "—"}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={vendorStatusColor(vendor.status)}>{statusName(vendor.status)}</StatusBadge>
              </Table.Cell>
              <Table.Cell>{new Date(vendor.created_at).toLocaleDateString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && list.data.vendors.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("vendors.none")}
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
  // A key of src/admin/i18n: "Vendors" in English.
  label: "menu.vendors",
  translationNs: "daraa",
  icon: BuildingStorefront,
})

export default VendorsPage

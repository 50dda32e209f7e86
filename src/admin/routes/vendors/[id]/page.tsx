import { Button, Container, Drawer, Heading, Input, Label, StatusBadge, Table, Text, Textarea, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { HistoryList } from "../../../components/history-list"
import { sdk } from "../../../lib/sdk"
import { paginationLabels } from "../../../lib/translate"
import { formatAmount, statusColor, statusLabel } from "../../../lib/vendor-order-panel"
import {
  documentLinkOf,
  pageCountOf,
  vendorActionBody,
  vendorActionsFor,
  vendorHistoryOf,
  vendorOrdersQuery,
  vendorProductsQuery,
  vendorStatusColor,
  vendorStatusLabel,
  type VendorAction,
} from "../../../lib/vendor-admin"

const PAGE_SIZE = 10

type Vendor = {
  id: string
  name: string
  handle: string
  email: string | null
  phone: string | null
  status: string
  description: string | null
  address_1: string | null
  city: string | null
  country_code: string | null
  latitude: number | null
  longitude: number | null
  members: { id: string; role: string; email: string; first_name: string | null; last_name: string | null }[]
  documents: { id: string; type: string; filename: string; url: string | null; mime_type: string | null; created_at: string }[]
  status_changes: any[]
}

/** One vendor: profile and location, members, documents, status history, products and orders, and the admin's actions. */
const VendorPage = () => {
  const { t } = useTranslation("daraa")
  const { id } = useParams()
  const vendor = useQuery({
    queryKey: ["daraa-vendor", id],
    queryFn: () => sdk.client.fetch<{ vendor: Vendor }>(`/admin/vendors/${id}`),
  })
  const [productSearch, setProductSearch] = useState("")
  const [productPage, setProductPage] = useState(0)
  const [orderPage, setOrderPage] = useState(0)
  const products = useQuery({
    queryKey: ["daraa-vendor-products", id, productSearch, productPage],
    queryFn: () =>
      sdk.client.fetch<{ products: { id: string; title: string; status: string; created_at: string }[]; count: number }>("/admin/products", {
        query: vendorProductsQuery({ vendorId: id!, q: productSearch, page: productPage }, PAGE_SIZE),
      }),
    placeholderData: keepPreviousData,
  })
  const orders = useQuery({
    queryKey: ["daraa-vendor-orders", id, orderPage],
    queryFn: () =>
      sdk.client.fetch<{ vendor_orders: { id: string; display_id: number; vendor_status: string; total: number; currency_code: string; created_at: string }[]; count: number }>(
        "/admin/vendor-orders",
        { query: vendorOrdersQuery({ vendorId: id!, page: orderPage }, PAGE_SIZE) }
      ),
    placeholderData: keepPreviousData,
  })
  const productCount = products.data?.count ?? 0
  const orderCount = orders.data?.count ?? 0
  const current = vendor.data?.vendor
  if (!current) {
    return (
      <Container>
        <Text>{vendor.isError ? t("vendorPage.notFound") : t("common.loading")}</Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-2">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading data-testid="daraa-vendor-title">{current.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {current.handle}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <StatusBadge color={vendorStatusColor(current.status)} data-testid="daraa-vendor-page-status">
              {vendorStatusLabel(current.status, t)}
            </StatusBadge>
            {vendorActionsFor(current.status, t).map((entry) => (
              <VendorActionDrawer key={entry.action} vendorId={current.id} {...entry} />
            ))}
          </div>
        </div>
        <div className="grid grid-cols-2 gap-2 px-6 py-4">
          <Field label={t("vendorPage.email")} value={current.email} />
          <Field label={t("vendorPage.phone")} value={current.phone} />
          <Field label={t("vendorPage.address")} value={[current.address_1, current.city, current.country_code?.toUpperCase()].filter(Boolean).join(", ")} />
          <Field label={t("vendorPage.location")} value={current.latitude != null && current.longitude != null ? `${current.latitude}, ${current.longitude}` : null} />
          <Field label={t("vendorPage.about")} value={current.description} />
        </div>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("vendorPage.history")}
        </Heading>
        <div className="px-6 pb-4" data-testid="daraa-vendor-history">
          <HistoryList entries={vendorHistoryOf(current, t)} empty={t("vendorPage.noHistory")} />
        </div>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("vendorPage.members")}
        </Heading>
        <Table>
          <Table.Body>
            {current.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{[member.first_name, member.last_name].filter(Boolean).join(" ") || "—"}</Table.Cell>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>{t(`memberRole.${member.role}`, { defaultValue: member.role })}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("vendorPage.documents")}
        </Heading>
        <div className="flex flex-col gap-3 px-6 pb-4">
          {current.documents.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("vendorPage.noDocuments")}
            </Text>
          )}
          {current.documents.map((document) => {
            const link = documentLinkOf(current.id, document)
            return (
              <div key={document.id}>
                <a href={link} target="_blank" rel="noreferrer" className="text-ui-fg-interactive txt-small">
                  {t("vendorPage.document", { type: document.type, filename: document.filename })}
                </a>
                {document.mime_type?.startsWith("image/") && <img src={link} alt={document.filename} className="mt-1 max-h-48 rounded border" />}
              </div>
            )
          })}
        </div>
      </Container>

      <Container className="p-0" data-testid="daraa-vendor-products">
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <Heading level="h2">{t("vendorPage.products", { count: productCount })}</Heading>
          <Input
            type="search"
            size="small"
            className="max-w-[240px]"
            placeholder={t("vendorPage.productSearch")}
            value={productSearch}
            data-testid="daraa-vendor-products-search"
            onChange={(event) => {
              setProductSearch(event.target.value)
              setProductPage(0)
            }}
          />
        </div>
        <Table>
          <Table.Body>
            {(products.data?.products ?? []).map((product) => (
              <Table.Row key={product.id} data-testid="daraa-vendor-product-row">
                <Table.Cell>
                  <Link to={`/products/${product.id}`} className="text-ui-fg-interactive">
                    {product.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`productStatus.${product.status}`, { defaultValue: product.status })}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Table.Pagination
          count={productCount}
          pageSize={PAGE_SIZE}
          pageIndex={productPage}
          pageCount={pageCountOf(productCount, PAGE_SIZE)}
          canPreviousPage={productPage > 0}
          canNextPage={productPage + 1 < pageCountOf(productCount, PAGE_SIZE)}
          previousPage={() => setProductPage((page) => Math.max(0, page - 1))}
          nextPage={() => setProductPage((page) => page + 1)}
          translations={paginationLabels(t)}
        />
      </Container>

      <Container className="p-0" data-testid="daraa-vendor-orders">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">{t("vendorPage.orders", { count: orderCount })}</Heading>
          <Link to={`/order-groups?vendor_id=${current.id}`} className="text-ui-fg-interactive txt-small" data-testid="daraa-vendor-checkouts-link">
            {t("vendorPage.checkouts")}
          </Link>
        </div>
        <Table>
          <Table.Body>
            {(orders.data?.vendor_orders ?? []).map((order) => (
              <Table.Row key={order.id}>
                <Table.Cell>
                  <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive">
                    #{order.display_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={statusColor(order.vendor_status)}>{statusLabel(order.vendor_status, t)}</StatusBadge>
                </Table.Cell>
                <Table.Cell>{formatAmount(order.total, order.currency_code)}</Table.Cell>
                <Table.Cell>{new Date(order.created_at).toLocaleDateString()}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Table.Pagination
          count={orderCount}
          pageSize={PAGE_SIZE}
          pageIndex={orderPage}
          pageCount={pageCountOf(orderCount, PAGE_SIZE)}
          canPreviousPage={orderPage > 0}
          canNextPage={orderPage + 1 < pageCountOf(orderCount, PAGE_SIZE)}
          previousPage={() => setOrderPage((page) => Math.max(0, page - 1))}
          nextPage={() => setOrderPage((page) => page + 1)}
          translations={paginationLabels(t)}
        />
      </Container>
    </div>
  )
}

const Field = ({ label, value }: { label: string; value: string | null | undefined }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{value || "—"}</Text>
  </div>
)

/** One admin action, in a drawer that asks for the reason where the API requires one. */
const VendorActionDrawer = ({
  vendorId,
  action,
  label,
  title,
  done,
  needsReason,
  danger,
}: {
  vendorId: string
  action: VendorAction
  label: string
  title: string
  done: string
  needsReason: boolean
  danger: boolean
}) => {
  const { t } = useTranslation("daraa")
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const act = useMutation({
    mutationFn: (body: { reason?: string }) => sdk.client.fetch(`/admin/vendors/${vendorId}/${action}`, { method: "POST", body }),
    onSuccess: async () => {
      toast.success(done)
      setOpen(false)
      setReason("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-vendor", vendorId] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-vendors"] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-vendors-waiting"] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("vendorPage.actionFailed", { action: label })),
  })
  const submit = () => {
    const parsed = vendorActionBody(action, reason, t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    act.mutate(parsed.body)
  }
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant={danger ? "danger" : "secondary"} data-testid={`daraa-vendor-${action}`}>
          {label}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-2">
          {needsReason ? (
            <>
              <Label htmlFor={`daraa-vendor-${action}-reason`}>{t("vendorPage.reason")}</Label>
              <Textarea id={`daraa-vendor-${action}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} />
            </>
          ) : (
            <Text size="small">{t("vendorPage.approveNote")}</Text>
          )}
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid="daraa-vendor-action-error">
              {problem}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" variant={danger ? "danger" : "primary"} onClick={submit} isLoading={act.isPending} data-testid={`daraa-vendor-${action}-submit`}>
            {label}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export default VendorPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"
import { paginationLabels } from "../../lib/translate"
import { auditLogQuery, changedFields, EMPTY_AUDIT_FILTERS, type AuditEntry, type AuditFilters } from "../../lib/access-admin"

const PAGE_SIZE = 20

// Labels are keys of src/admin/i18n; placeholders are ids and routes, the same in every language.
const FILTER_FIELDS: { key: keyof AuditFilters; label: string; placeholder: string; type?: string }[] = [
  { key: "actor_id", label: "audit.actor", placeholder: "user_… / vmem_…" },
  { key: "target_type", label: "audit.targetType", placeholder: "vendor, vendor_order, wallet…" },
  { key: "target_id", label: "audit.target", placeholder: "ven_…, order_…" },
  { key: "action", label: "audit.action", placeholder: "POST /admin/vendors/:id/:action" },
  { key: "from", label: "audit.fromDate", placeholder: "", type: "date" },
  { key: "to", label: "audit.toDate", placeholder: "", type: "date" },
]

/** Who changed what, when and from where: every admin and vendor write, with the target before and after. */
const AuditLogPage = () => {
  const { t } = useTranslation("daraa")
  const [draft, setDraft] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS)
  const [filters, setFilters] = useState<AuditFilters>(EMPTY_AUDIT_FILTERS)
  const [page, setPage] = useState(0)
  const list = useQuery({
    queryKey: ["daraa-audit-log", filters, page],
    queryFn: () => sdk.client.fetch<{ audit_log: AuditEntry[]; count: number }>("/admin/audit-log", { query: auditLogQuery(filters, page, PAGE_SIZE) }),
    placeholderData: keepPreviousData,
  })
  const count = list.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("audit.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("audit.subtitle")}
        </Text>
      </div>
      <form
        className="grid grid-cols-3 gap-2 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          setFilters(draft)
          setPage(0)
        }}
      >
        {FILTER_FIELDS.map((field) => (
          <div key={field.key} className="flex flex-col gap-1">
            <Label size="xsmall">{t(field.label)}</Label>
            <Input
              size="small"
              type={field.type ?? "text"}
              placeholder={field.placeholder}
              value={draft[field.key]}
              data-testid={`daraa-audit-filter-${field.key}`}
              onChange={(event) => setDraft((current) => ({ ...current, [field.key]: event.target.value }))}
            />
          </div>
        ))}
        <div className="col-span-3 flex justify-end gap-2">
          <Button
            type="button"
            size="small"
            variant="secondary"
            onClick={() => {
              setDraft(EMPTY_AUDIT_FILTERS)
              setFilters(EMPTY_AUDIT_FILTERS)
              setPage(0)
            }}
          >
            {t("audit.clear")}
          </Button>
          <Button type="submit" size="small" data-testid="daraa-audit-apply">
            {t("audit.apply")}
          </Button>
        </div>
      </form>
      {list.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(list.error as Error).message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("audit.when")}</Table.HeaderCell>
            <Table.HeaderCell>{t("audit.actor")}</Table.HeaderCell>
            <Table.HeaderCell>{t("audit.action")}</Table.HeaderCell>
            <Table.HeaderCell>{t("audit.target")}</Table.HeaderCell>
            <Table.HeaderCell>{t("audit.fromIp")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.audit_log ?? []).map((entry) => (
            <Table.Row key={entry.id} data-testid="daraa-audit-row">
              <Table.Cell>{new Date(entry.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall">{entry.actor_type === "user" ? t("audit.admin") : t("audit.store")}</Badge> <Text size="xsmall">{entry.actor_id ?? "—"}</Text>
              </Table.Cell>
              <Table.Cell>
                <Text size="xsmall" className="font-mono">
                  {entry.action}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <Text size="xsmall">
                  {entry.target_type ?? "—"} {entry.target_id ?? ""}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <Text size="xsmall">{entry.ip ?? "—"}</Text>
              </Table.Cell>
              <Table.Cell>
                <EntryDrawer entry={entry} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {list.data && list.data.audit_log.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("audit.none")}
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

/** One entry: what changed, field by field, and where the request came from. */
const EntryDrawer = ({ entry }: { entry: AuditEntry }) => {
  const { t } = useTranslation("daraa")
  const changes = changedFields(entry.before, entry.after)
  return (
    <Drawer>
      <Drawer.Trigger asChild>
        <Button size="small" variant="transparent" data-testid="daraa-audit-open">
          {t("audit.changes")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{entry.action}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3 overflow-auto">
          <Text size="small">
            {entry.actor_type === "user" ? t("audit.admin") : t("audit.store")} {entry.actor_id ?? "—"} · {new Date(entry.created_at).toLocaleString()} · {entry.ip ?? "—"}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {entry.user_agent ?? t("audit.noUserAgent")}
          </Text>
          {changes.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("audit.noChange")}
            </Text>
          ) : (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("audit.field")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("audit.before")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("audit.after")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {changes.map((change) => (
                  <Table.Row key={change.field}>
                    <Table.Cell>{change.field}</Table.Cell>
                    <Table.Cell className="break-all">{change.before}</Table.Cell>
                    <Table.Cell className="break-all">{change.after}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Audit log" in English.
  label: "menu.auditLog",
  translationNs: "daraa",
  icon: DocumentText,
})

export default AuditLogPage

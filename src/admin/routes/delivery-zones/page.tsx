import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Prompt, Switch, Table, Text, Textarea, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  EMPTY_ZONE_FORM,
  feeOf,
  hoursOf,
  zoneBodyOf,
  zoneFormOf,
  type DeliveryZone,
  type ZoneForm,
} from "../../lib/delivery-zone-admin"
import { sdk } from "../../lib/sdk"
import { paginationLabels } from "../../lib/translate"

const PAGE_SIZE = 20
const QUERY_KEY = "daraa-delivery-zones"

/** The delivery zones with their fees, reach and hours; create, edit and delete. */
const DeliveryZonesPage = () => {
  const { t } = useTranslation("daraa")
  const [page, setPage] = useState(0)
  const [q, setQ] = useState("")
  const zones = useQuery({
    queryKey: [QUERY_KEY, page, q],
    queryFn: () =>
      sdk.client.fetch<{ delivery_zones: DeliveryZone[]; count: number }>("/admin/delivery-zones", {
        query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE, order: "name", ...(q.trim() ? { q: q.trim() } : {}) },
      }),
    placeholderData: keepPreviousData,
  })
  const all = zones.data?.delivery_zones ?? []
  const count = zones.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{t("deliveryZones.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("deliveryZones.subtitle")}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Input
            size="small"
            type="search"
            placeholder={t("deliveryZones.search")}
            value={q}
            onChange={(event) => {
              setQ(event.target.value)
              setPage(0)
            }}
            data-testid="daraa-zones-search"
          />
          <ZoneDrawer />
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("deliveryZones.field.name")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryZones.fee")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryZones.field.max_distance_km")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryZones.field.active_hours")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryZones.field.cities")}</Table.HeaderCell>
            <Table.HeaderCell>{t("deliveryZones.status")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {all.map((zone) => (
            <Table.Row key={zone.id} data-testid="daraa-delivery-zone">
              <Table.Cell>{zone.name}</Table.Cell>
              <Table.Cell>{feeOf(zone, t)}</Table.Cell>
              <Table.Cell>{t("deliveryZones.km", { km: zone.max_distance_km })}</Table.Cell>
              <Table.Cell>{hoursOf(zone, t)}</Table.Cell>
              <Table.Cell>{(zone.cities ?? []).join(", ")}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={zone.is_active ? "green" : "grey"}>
                  {zone.is_active ? t("deliveryZones.active") : t("deliveryZones.inactive")}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex justify-end gap-2">
                  <ZoneDrawer zone={zone} />
                  <DeleteZone zone={zone} />
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {zones.data && all.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("deliveryZones.none")}
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

/** Create a zone, or edit one; the polygon is GeoJSON text. */
const ZoneDrawer = ({ zone }: { zone?: DeliveryZone }) => {
  const { t } = useTranslation("daraa")
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<ZoneForm>(zone ? zoneFormOf(zone) : EMPTY_ZONE_FORM)
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch(zone ? `/admin/delivery-zones/${zone.id}` : "/admin/delivery-zones", { method: "POST", body }),
    onSuccess: async () => {
      toast.success(zone ? t("deliveryZones.saved") : t("deliveryZones.added"))
      setOpen(false)
      if (!zone) {
        setForm(EMPTY_ZONE_FORM)
      }
      await queryClient.invalidateQueries({ queryKey: [QUERY_KEY] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("deliveryZones.saveFailed")),
  })
  const set = (field: keyof ZoneForm) => (value: string | boolean) => setForm((current) => ({ ...current, [field]: value }))
  const submit = () => {
    const parsed = zoneBodyOf(form, t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    save.mutate(parsed.body)
  }
  const prefix = zone ? `daraa-zone-edit-${zone.id}` : "daraa-zone-new"
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next && zone) {
          setForm(zoneFormOf(zone))
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={`${prefix}-open`}>
          {zone ? t("deliveryZones.edit") : t("deliveryZones.add")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{zone ? t("deliveryZones.editTitle", { name: zone.name }) : t("deliveryZones.addTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3 overflow-y-auto">
          <Field label={t("deliveryZones.field.name")} id={`${prefix}-name`} value={form.name} onChange={set("name")} />
          <Field label={t("deliveryZones.field.currency_code")} id={`${prefix}-currency`} value={form.currency_code} onChange={set("currency_code")} />
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${prefix}-polygon`}>{t("deliveryZones.field.polygon")}</Label>
            <Textarea
              id={`${prefix}-polygon`}
              rows={8}
              className="font-mono text-xs"
              value={form.polygon}
              onChange={(event) => set("polygon")(event.target.value)}
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("deliveryZones.polygonHint")}
            </Text>
          </div>
          <Field label={t("deliveryZones.field.base_fee")} id={`${prefix}-base-fee`} value={form.base_fee} onChange={set("base_fee")} />
          <Field label={t("deliveryZones.field.fee_per_km")} id={`${prefix}-fee-per-km`} value={form.fee_per_km} onChange={set("fee_per_km")} />
          <Field label={t("deliveryZones.field.max_distance_km")} id={`${prefix}-max`} value={form.max_distance_km} onChange={set("max_distance_km")} />
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${prefix}-hours`}>{t("deliveryZones.field.active_hours")}</Label>
            <Textarea id={`${prefix}-hours`} rows={3} className="font-mono text-xs" value={form.active_hours} onChange={(event) => set("active_hours")(event.target.value)} />
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("deliveryZones.hoursHint")}
            </Text>
          </div>
          <Field label={t("deliveryZones.field.timezone")} id={`${prefix}-timezone`} value={form.timezone} onChange={set("timezone")} />
          <Field label={t("deliveryZones.field.cities")} id={`${prefix}-cities`} value={form.cities} onChange={set("cities")} />
          <Field label={t("deliveryZones.field.postal_codes")} id={`${prefix}-postal-codes`} value={form.postal_codes} onChange={set("postal_codes")} />
          <div className="flex items-center gap-2">
            <Switch id={`${prefix}-active`} checked={form.is_active} onCheckedChange={(checked) => set("is_active")(checked)} />
            <Label htmlFor={`${prefix}-active`}>{t("deliveryZones.active")}</Label>
          </div>
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid={`${prefix}-error`}>
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
          <Button size="small" onClick={submit} isLoading={save.isPending} data-testid={`${prefix}-submit`}>
            {t("common.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const Field = ({ label, id, value, onChange }: { label: string; id: string; value: string; onChange: (value: string) => void }) => (
  <div className="flex flex-col gap-1">
    <Label htmlFor={id}>{label}</Label>
    <Input id={id} value={value} onChange={(event) => onChange(event.target.value)} />
  </div>
)

/** Delete a zone after a prompt; addresses inside it are no longer delivered. */
const DeleteZone = ({ zone }: { zone: DeliveryZone }) => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/delivery-zones/${zone.id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success(t("deliveryZones.deleted"))
      await queryClient.invalidateQueries({ queryKey: [QUERY_KEY] })
    },
    onError: (error: any) => toast.error(error?.message ?? t("deliveryZones.deleteFailed")),
  })
  return (
    <Prompt>
      <Prompt.Trigger asChild>
        <Button size="small" variant="danger" data-testid={`daraa-zone-delete-${zone.id}`}>
          {t("common.delete")}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("deliveryZones.deleteTitle", { name: zone.name })}</Prompt.Title>
          <Prompt.Description>{t("deliveryZones.deleteBody")}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
          <Prompt.Action onClick={() => remove.mutate()} data-testid={`daraa-zone-delete-${zone.id}-confirm`}>
            {t("common.delete")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Delivery zones" in English.
  label: "menu.deliveryZones",
  translationNs: "daraa",
  icon: MapPin,
})

export default DeliveryZonesPage

import { Button, Container, Drawer, Heading, Label, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { CourierCashSection } from "../../../components/courier-cash-section"
import { HistoryList } from "../../../components/history-list"
import {
  availabilityLabel,
  courierActionBody,
  courierActionsFor,
  courierDocumentLinkOf,
  courierHistoryOf,
  courierNameOf,
  courierStatusColor,
  courierStatusLabel,
  documentTypeLabel,
  vehicleLabel,
  type CourierAction,
} from "../../../lib/courier-admin"
import { sdk } from "../../../lib/sdk"

type Courier = {
  id: string
  first_name: string
  last_name: string
  phone: string
  email: string | null
  locale: string
  vehicle_type: string
  status: string
  availability: string
  latitude: number | null
  longitude: number | null
  position_at: string | null
  max_active_deliveries: number
  created_at: string
  documents: { id: string; type: string; filename: string; url: string | null; mime_type: string | null; created_at: string }[]
  status_changes: any[]
}

/** One courier: profile, availability and last position, documents, status history, and the admin's actions. */
const CourierPage = () => {
  const { t } = useTranslation("daraa")
  const { id } = useParams()
  const courier = useQuery({
    queryKey: ["daraa-courier", id],
    queryFn: () => sdk.client.fetch<{ courier: Courier }>(`/admin/couriers/${id}`),
  })
  const current = courier.data?.courier
  if (!current) {
    return (
      <Container>
        <Text>{courier.isError ? t("courierPage.notFound") : t("common.loading")}</Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-2">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading data-testid="daraa-courier-title">{courierNameOf(current)}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {current.id}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <StatusBadge color={courierStatusColor(current.status)} data-testid="daraa-courier-page-status">
              {courierStatusLabel(current.status, t)}
            </StatusBadge>
            {courierActionsFor(current.status, t).map((entry) => (
              <CourierActionDrawer key={entry.action} courierId={current.id} {...entry} />
            ))}
          </div>
        </div>
        <div className="grid grid-cols-2 gap-2 px-6 py-4">
          <Field label={t("vendorPage.phone")} value={current.phone} />
          <Field label={t("vendorPage.email")} value={current.email} />
          <Field label={t("couriers.vehicle")} value={vehicleLabel(current.vehicle_type, t)} />
          <Field label={t("courierPage.language")} value={t(current.locale === "ar" ? "courierPage.arabic" : "courierPage.english")} />
          <Field label={t("couriers.availability")} value={availabilityLabel(current.availability, t)} />
          <Field label={t("courierPage.maxDeliveries")} value={String(current.max_active_deliveries)} />
          <Field
            label={t("courierPage.lastPosition")}
            value={
              current.latitude != null && current.longitude != null
                ? `${current.latitude}, ${current.longitude}${current.position_at ? ` (${new Date(current.position_at).toLocaleString()})` : ""}`
                : null
            }
          />
          <Field label={t("vendors.registered")} value={new Date(current.created_at).toLocaleDateString()} />
        </div>
      </Container>

      <CourierCashSection courierId={current.id} />

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("courierPage.documents")}
        </Heading>
        <div className="flex flex-col gap-3 px-6 pb-4" data-testid="daraa-courier-documents">
          {(current.documents ?? []).length === 0 && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("vendorPage.noDocuments")}
            </Text>
          )}
          {(current.documents ?? []).map((document) => {
            const link = courierDocumentLinkOf(current.id, document)
            return (
              <div key={document.id}>
                <a href={link} target="_blank" rel="noreferrer" className="text-ui-fg-interactive txt-small">
                  {t("vendorPage.document", { type: documentTypeLabel(document.type, t), filename: document.filename })}
                </a>
                {document.mime_type?.startsWith("image/") && <img src={link} alt={document.filename} className="mt-1 max-h-48 rounded border" />}
              </div>
            )
          })}
        </div>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("vendorPage.history")}
        </Heading>
        <div className="px-6 pb-4" data-testid="daraa-courier-history">
          <HistoryList entries={courierHistoryOf(current, t)} empty={t("vendorPage.noHistory")} />
        </div>
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
const CourierActionDrawer = ({
  courierId,
  action,
  label,
  title,
  done,
  needsReason,
  danger,
}: {
  courierId: string
  action: CourierAction
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
    mutationFn: (body: { reason?: string }) => sdk.client.fetch(`/admin/couriers/${courierId}/${action}`, { method: "POST", body }),
    onSuccess: async () => {
      toast.success(done)
      setOpen(false)
      setReason("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-courier", courierId] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-couriers"] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-couriers-waiting"] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("vendorPage.actionFailed", { action: label })),
  })
  const submit = () => {
    const parsed = courierActionBody(action, reason, t)
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
        <Button size="small" variant={danger ? "danger" : "secondary"} data-testid={`daraa-courier-${action}`}>
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
              <Label htmlFor={`daraa-courier-${action}-reason`}>{t("courierPage.reason")}</Label>
              <Textarea id={`daraa-courier-${action}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} />
            </>
          ) : (
            <Text size="small">{t("courierPage.approveNote")}</Text>
          )}
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid="daraa-courier-action-error">
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
          <Button
            size="small"
            variant={danger ? "danger" : "primary"}
            onClick={submit}
            isLoading={act.isPending}
            data-testid={`daraa-courier-${action}-submit`}
          >
            {label}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export default CourierPage

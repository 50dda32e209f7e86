import { Button, Container, Drawer, Heading, Input, Label, Select, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { HistoryList } from "../../../components/history-list"
import { courierNameOf } from "../../../lib/courier-admin"
import {
  addressLineOf,
  canAssignDelivery,
  deliveryHistoryOf,
  deliveryOfferStatusLabel,
  deliveryStatusColor,
  deliveryStatusLabel,
} from "../../../lib/delivery-admin"
import { sdk } from "../../../lib/sdk"

type Delivery = {
  id: string
  order_id: string
  courier_id: string | null
  status: string
  currency_code: string
  fee: number
  cash_due: number | null
  pickup_address: Record<string, string | null> | null
  dropoff_address: Record<string, string | null> | null
  distance_km: number | null
  proof_code: string
  proof_attempts: number
  failure_reason: string | null
  created_at: string
  offers: { id: string; courier_id: string; status: string; expires_at: string; created_at: string }[]
  status_changes: any[]
}

/** One delivery: its route, money, proof code, offers and history, and assigning it to a courier. */
const DeliveryPage = () => {
  const { t } = useTranslation("daraa")
  const { id } = useParams()
  const delivery = useQuery({
    queryKey: ["daraa-delivery", id],
    queryFn: () => sdk.client.fetch<{ delivery: Delivery }>(`/admin/deliveries/${id}`),
  })
  const current = delivery.data?.delivery
  if (!current) {
    return (
      <Container>
        <Text>{delivery.isError ? t("deliveryPage.notFound") : t("common.loading")}</Text>
      </Container>
    )
  }
  const money = (amount: number | null) => (amount === null ? null : `${amount} ${current.currency_code.toUpperCase()}`)
  return (
    <div className="flex flex-col gap-2">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading data-testid="daraa-delivery-title">{current.id}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("deliveries.order")}: {current.order_id}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <StatusBadge color={deliveryStatusColor(current.status)} data-testid="daraa-delivery-status">
              {deliveryStatusLabel(current.status, t)}
            </StatusBadge>
            {canAssignDelivery(current.status) && <AssignDrawer deliveryId={current.id} reassign={!!current.courier_id} />}
          </div>
        </div>
        <div className="grid grid-cols-2 gap-2 px-6 py-4">
          <Field label={t("deliveryPage.pickup")} value={addressLineOf(current.pickup_address)} />
          <Field label={t("deliveryPage.dropoff")} value={addressLineOf(current.dropoff_address)} />
          <Field
            label={t("deliveryPage.distance")}
            value={current.distance_km === null ? null : t("deliveryPage.distanceKm", { km: current.distance_km })}
          />
          <Field label={t("deliveries.fee")} value={money(current.fee)} />
          <Field label={t("deliveries.cash")} value={money(current.cash_due)} />
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("deliveries.courier")}
            </Text>
            {current.courier_id ? (
              <Link to={`/couriers/${current.courier_id}`} className="text-ui-fg-interactive txt-small">
                {current.courier_id}
              </Link>
            ) : (
              <Text size="small">{t("deliveries.unassigned")}</Text>
            )}
          </div>
          <Field label={t("deliveryPage.proofCode")} value={current.proof_code} />
          <Field label={t("deliveryPage.proofAttempts")} value={String(current.proof_attempts)} />
          {current.failure_reason && <Field label={t("deliveryPage.failureReason")} value={current.failure_reason} />}
        </div>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("deliveryPage.offers")}
        </Heading>
        <div className="px-6 pb-4" data-testid="daraa-delivery-offers">
          {current.offers.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("deliveryPage.noOffers")}
            </Text>
          ) : (
            current.offers.map((offer) => (
              <div key={offer.id} className="py-1">
                <Text size="small">{t("deliveryPage.offerLine", { courier: offer.courier_id, status: deliveryOfferStatusLabel(offer.status, t) })}</Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {new Date(offer.created_at).toLocaleString()} · {t("deliveryPage.offerExpires", { at: new Date(offer.expires_at).toLocaleTimeString() })}
                </Text>
              </div>
            ))
          )}
        </div>
      </Container>

      <Container className="p-0">
        <Heading level="h2" className="px-6 py-4">
          {t("deliveryPage.history")}
        </Heading>
        <div className="px-6 pb-4" data-testid="daraa-delivery-history">
          <HistoryList entries={deliveryHistoryOf(current, t)} empty={t("deliveryPage.noHistory")} />
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

type CourierOption = { id: string; first_name: string; last_name: string; phone: string; availability: string }

/** Picks an active courier (searchable) and assigns the delivery to it; the API refuses one without room. */
const AssignDrawer = ({ deliveryId, reassign }: { deliveryId: string; reassign: boolean }) => {
  const { t } = useTranslation("daraa")
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState("")
  const [courierId, setCourierId] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const couriers = useQuery({
    queryKey: ["daraa-delivery-couriers", q],
    queryFn: () =>
      sdk.client.fetch<{ couriers: CourierOption[] }>("/admin/couriers", {
        query: { status: "active", limit: 50, order: "first_name", fields: "id,first_name,last_name,phone,availability", ...(q.trim() ? { q: q.trim() } : {}) },
      }),
    enabled: open,
  })
  const assign = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/deliveries/${deliveryId}/assign`, { method: "POST", body: { courier_id: courierId } }),
    onSuccess: async () => {
      toast.success(t("deliveryPage.assigned"))
      setOpen(false)
      setCourierId("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-delivery", deliveryId] })
      await queryClient.invalidateQueries({ queryKey: ["daraa-deliveries"] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("deliveryPage.assignFailed")),
  })
  const label = t(reassign ? "deliveryPage.reassign" : "deliveryPage.assign")
  const options = couriers.data?.couriers ?? []
  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid="daraa-delivery-assign">
          {label}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("deliveryPage.assignTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Text size="small">{t("deliveryPage.assignNote")}</Text>
          <Input type="search" placeholder={t("deliveryPage.searchCourier")} value={q} onChange={(event) => setQ(event.target.value)} />
          <Label>{t("deliveryPage.chooseCourier")}</Label>
          {options.length === 0 && couriers.isFetched ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("deliveryPage.noCouriers")}
            </Text>
          ) : (
            <Select value={courierId} onValueChange={setCourierId}>
              <Select.Trigger data-testid="daraa-delivery-assign-courier">
                <Select.Value placeholder={t("deliveryPage.chooseCourier")} />
              </Select.Trigger>
              <Select.Content>
                {options.map((courier) => (
                  <Select.Item key={courier.id} value={courier.id}>
                    {`${courierNameOf(courier)} · ${courier.phone}`}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          )}
          {problem && (
            <Text size="small" className="text-ui-fg-error" data-testid="daraa-delivery-assign-error">
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
            onClick={() => {
              setProblem(null)
              assign.mutate()
            }}
            disabled={!courierId}
            isLoading={assign.isPending}
            data-testid="daraa-delivery-assign-submit"
          >
            {label}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

export default DeliveryPage

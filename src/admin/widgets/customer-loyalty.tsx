import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { pointsAdjustmentBodyOf, signedPoints } from "../lib/loyalty-admin"
import { sdk } from "../lib/sdk"

type CustomerLoyalty = {
  loyalty: {
    balance: number
    tier: { name: string; multiplier: number } | null
    next_tier: { name: string; points_needed: number } | null
    expiring: { points: number; expires_at: string } | null
  }
  entries: { id: string; type: string; points: number; note: string | null; created_at: string }[]
  count: number
}

/** On Medusa's customer page: the customer's points, tier and latest movements, and a drawer to adjust them with a reason. */
const CustomerLoyaltyWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { t } = useTranslation("daraa")
  const client = useQueryClient()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState({ points: "", reason: "" })
  const [error, setError] = useState<string | null>(null)
  const key = ["daraa-customer-loyalty", customer.id]
  const points = useQuery({
    queryKey: key,
    queryFn: () => sdk.client.fetch<CustomerLoyalty>(`/admin/customers/${customer.id}/loyalty`, { query: { limit: 5 } }),
  })
  const adjust = useMutation({
    mutationFn: (body: { points: number; reason: string }) =>
      sdk.client.fetch(`/admin/customers/${customer.id}/loyalty-adjustments`, { method: "POST", body }),
    onSuccess: () => {
      setOpen(false)
      setForm({ points: "", reason: "" })
      client.invalidateQueries({ queryKey: key })
      toast.success(t("loyalty.adjusted"))
    },
    onError: (failure) => setError((failure as { message?: string })?.message ?? String(failure)),
  })
  const submit = () => {
    const result = pointsAdjustmentBodyOf(form, t)
    if ("error" in result) {
      setError(result.error)
      return
    }
    setError(null)
    adjust.mutate(result.body)
  }
  const view = points.data?.loyalty

  return (
    <Container className="divide-y p-0" data-testid="daraa-customer-loyalty">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("loyalty.points")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {view ? t("loyalty.balance", { points: view.balance }) : t("loyalty.loading")}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          {view?.tier && <Badge size="2xsmall">{t("loyalty.tierBadge", { name: view.tier.name, multiplier: view.tier.multiplier })}</Badge>}
          <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
            {t("loyalty.adjust")}
          </Button>
        </div>
      </div>
      {view && (view.next_tier || view.expiring) && (
        <div className="px-6 py-3">
          {view.next_tier && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("loyalty.toNextTier", { points: view.next_tier.points_needed, name: view.next_tier.name })}
            </Text>
          )}
          {view.expiring && (
            <Text size="small" className="text-ui-fg-subtle">
              {t("loyalty.expiringOn", { points: view.expiring.points, date: new Date(view.expiring.expires_at).toLocaleDateString() })}
            </Text>
          )}
        </div>
      )}
      {(points.data?.entries ?? []).map((entry) => (
        <div key={entry.id} className="flex justify-between px-6 py-2">
          <div>
            <Text size="small" weight="plus">
              {t(`loyaltyEntry.${entry.type}`)}
            </Text>
            {entry.note && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {entry.note}
              </Text>
            )}
          </div>
          <div className="text-right">
            <Text size="small">{signedPoints(entry.points)}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {new Date(entry.created_at).toLocaleString()}
            </Text>
          </div>
        </div>
      ))}
      <Drawer open={open} onOpenChange={setOpen}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{t("loyalty.adjustTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("loyalty.adjustAbout")}
            </Text>
            <div>
              <Label size="small">{t("loyalty.adjustPoints")}</Label>
              <Input value={form.points} onChange={(event) => setForm({ ...form, points: event.target.value })} />
            </div>
            <div>
              <Label size="small">{t("loyalty.adjustReason")}</Label>
              <Textarea value={form.reason} onChange={(event) => setForm({ ...form, reason: event.target.value })} />
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small">
                {t("common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" onClick={submit} isLoading={adjust.isPending}>
              {t("loyalty.adjust")}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerLoyaltyWidget

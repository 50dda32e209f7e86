import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Input, Label, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DISCOUNT_FUNDERS, settingsBodyOf, settingsFormOf, tierBodyOf, type LoyaltySettingsView, type SettingsForm } from "../../lib/loyalty-admin"
import { sdk } from "../../lib/sdk"

type Tier = { id: string; name: string; threshold: number; multiplier: number }
type TierForm = { name: string; threshold: string; multiplier: string }

const errorMessage = (error: unknown) => (error as { message?: string })?.message ?? String(error)

/** The loyalty programme: what points earn and are worth per currency, the cart share, expiry, the referral reward, and the tiers (docs/loyalty.md). */
const LoyaltyPage = () => {
  const { t } = useTranslation("daraa")
  const client = useQueryClient()
  const prompt = usePrompt()
  const settings = useQuery({
    queryKey: ["daraa-loyalty-settings"],
    queryFn: () => sdk.client.fetch<{ settings: LoyaltySettingsView }>("/admin/loyalty/settings"),
  })
  const tiers = useQuery({ queryKey: ["daraa-loyalty-tiers"], queryFn: () => sdk.client.fetch<{ tiers: Tier[] }>("/admin/loyalty/tiers") })
  const [form, setForm] = useState<SettingsForm | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ id: string | null; form: TierForm } | null>(null)
  const [tierError, setTierError] = useState<string | null>(null)

  useEffect(() => {
    if (settings.data && !form) {
      setForm(settingsFormOf(settings.data.settings))
    }
  }, [settings.data, form])

  const saveSettings = useMutation({
    mutationFn: (body: LoyaltySettingsView) => sdk.client.fetch<{ settings: LoyaltySettingsView }>("/admin/loyalty/settings", { method: "POST", body }),
    onSuccess: ({ settings: saved }) => {
      setForm(settingsFormOf(saved))
      client.invalidateQueries({ queryKey: ["daraa-loyalty-settings"] })
      toast.success(t("loyalty.saved"))
    },
    onError: (error) => setFormError(errorMessage(error)),
  })
  const saveTier = useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: Omit<Tier, "id"> }) =>
      sdk.client.fetch(id ? `/admin/loyalty/tiers/${id}` : "/admin/loyalty/tiers", { method: "POST", body }),
    onSuccess: () => {
      setEditing(null)
      client.invalidateQueries({ queryKey: ["daraa-loyalty-tiers"] })
      toast.success(t("loyalty.tierSaved"))
    },
    onError: (error) => setTierError(errorMessage(error)),
  })
  const deleteTier = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/loyalty/tiers/${id}`, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["daraa-loyalty-tiers"] }),
    onError: (error) => toast.error(errorMessage(error)),
  })

  const submitSettings = () => {
    if (!form) {
      return
    }
    const result = settingsBodyOf(form, t)
    if ("error" in result) {
      setFormError(result.error)
      return
    }
    setFormError(null)
    saveSettings.mutate(result.body)
  }
  const submitTier = () => {
    if (!editing) {
      return
    }
    const result = tierBodyOf(editing.form, t)
    if ("error" in result) {
      setTierError(result.error)
      return
    }
    setTierError(null)
    saveTier.mutate({ id: editing.id, body: result.body })
  }
  const confirmDelete = async (tier: Tier) => {
    if (await prompt({ title: t("loyalty.deleteTitle"), description: t("loyalty.deleteAbout", { name: tier.name }), confirmText: t("common.delete"), cancelText: t("common.cancel") })) {
      deleteTier.mutate(tier.id)
    }
  }
  const setRow = (index: number, patch: Partial<SettingsForm["currencies"][number]>) =>
    form && setForm({ ...form, currencies: form.currencies.map((row, i) => (i === index ? { ...row, ...patch } : row)) })

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0" data-testid="daraa-loyalty-settings">
        <div className="px-6 py-4">
          <Heading>{t("loyalty.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("loyalty.subtitle")}
          </Text>
        </div>
        {form && (
          <div className="flex flex-col gap-4 px-6 py-4">
            <div className="flex flex-col gap-2">
              <Label size="small" weight="plus">
                {t("loyalty.currencies")}
              </Label>
              {form.currencies.map((row, index) => (
                <div key={index} className="flex items-end gap-2">
                  <div className="w-[90px]">
                    <Label size="xsmall">{t("loyalty.currency")}</Label>
                    <Input value={row.code} onChange={(event) => setRow(index, { code: event.target.value })} />
                  </div>
                  <div className="flex-1">
                    <Label size="xsmall">{t("loyalty.earnRate")}</Label>
                    <Input value={row.earn_rate} onChange={(event) => setRow(index, { earn_rate: event.target.value })} />
                  </div>
                  <div className="flex-1">
                    <Label size="xsmall">{t("loyalty.pointValue")}</Label>
                    <Input value={row.point_value} onChange={(event) => setRow(index, { point_value: event.target.value })} />
                  </div>
                  <Button variant="transparent" size="small" onClick={() => setForm({ ...form, currencies: form.currencies.filter((_, i) => i !== index) })}>
                    {t("common.remove")}
                  </Button>
                </div>
              ))}
              <div>
                <Button variant="secondary" size="small" onClick={() => setForm({ ...form, currencies: [...form.currencies, { code: "", earn_rate: "", point_value: "" }] })}>
                  {t("loyalty.addCurrency")}
                </Button>
              </div>
            </div>
            <div className="grid grid-cols-2 gap-4">
              <div>
                <Label size="small">{t("loyalty.maxShare")}</Label>
                <Input value={form.max_redeem_percent} onChange={(event) => setForm({ ...form, max_redeem_percent: event.target.value })} />
              </div>
              <div>
                <Label size="small">{t("loyalty.expiryMonths")}</Label>
                <Input value={form.expiry_months} onChange={(event) => setForm({ ...form, expiry_months: event.target.value })} />
              </div>
              <div>
                <Label size="small">{t("loyalty.referralReward")}</Label>
                <Input value={form.referral_reward_points} onChange={(event) => setForm({ ...form, referral_reward_points: event.target.value })} />
              </div>
              <div>
                <Label size="small">{t("loyalty.fundedBy")}</Label>
                <Select value={form.discount_funded_by} onValueChange={(value) => setForm({ ...form, discount_funded_by: value })}>
                  <Select.Trigger>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {DISCOUNT_FUNDERS.map((funder) => (
                      <Select.Item key={funder} value={funder}>
                        {t(`loyaltyFunder.${funder}`)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
            {formError && (
              <Text size="small" className="text-ui-fg-error">
                {formError}
              </Text>
            )}
            <div className="flex justify-end">
              <Button size="small" onClick={submitSettings} isLoading={saveSettings.isPending}>
                {t("common.save")}
              </Button>
            </div>
          </div>
        )}
      </Container>

      <Container className="divide-y p-0" data-testid="daraa-loyalty-tiers">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">{t("loyalty.tiers")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("loyalty.tiersAbout")}
            </Text>
          </div>
          <Button
            variant="secondary"
            size="small"
            onClick={() => {
              setTierError(null)
              setEditing({ id: null, form: { name: "", threshold: "", multiplier: "1" } })
            }}
          >
            {t("loyalty.addTier")}
          </Button>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("loyalty.tierName")}</Table.HeaderCell>
              <Table.HeaderCell>{t("loyalty.threshold")}</Table.HeaderCell>
              <Table.HeaderCell>{t("loyalty.multiplier")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(tiers.data?.tiers ?? []).map((tier) => (
              <Table.Row key={tier.id}>
                <Table.Cell>{tier.name}</Table.Cell>
                <Table.Cell>{tier.threshold.toLocaleString()}</Table.Cell>
                <Table.Cell>{`×${tier.multiplier}`}</Table.Cell>
                <Table.Cell className="flex justify-end gap-2">
                  <Button
                    variant="transparent"
                    size="small"
                    onClick={() => {
                      setTierError(null)
                      setEditing({ id: tier.id, form: { name: tier.name, threshold: String(tier.threshold), multiplier: String(tier.multiplier) } })
                    }}
                  >
                    {t("common.edit")}
                  </Button>
                  <Button variant="transparent" size="small" onClick={() => confirmDelete(tier)}>
                    {t("common.delete")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>

      <Drawer open={!!editing} onOpenChange={(open) => !open && setEditing(null)}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>{editing?.id ? t("loyalty.editTier") : t("loyalty.addTier")}</Drawer.Title>
          </Drawer.Header>
          {editing && (
            <Drawer.Body className="flex flex-col gap-4">
              <div>
                <Label size="small">{t("loyalty.tierName")}</Label>
                <Input value={editing.form.name} onChange={(event) => setEditing({ ...editing, form: { ...editing.form, name: event.target.value } })} />
              </div>
              <div>
                <Label size="small">{t("loyalty.threshold")}</Label>
                <Input value={editing.form.threshold} onChange={(event) => setEditing({ ...editing, form: { ...editing.form, threshold: event.target.value } })} />
              </div>
              <div>
                <Label size="small">{t("loyalty.multiplier")}</Label>
                <Input value={editing.form.multiplier} onChange={(event) => setEditing({ ...editing, form: { ...editing.form, multiplier: event.target.value } })} />
              </div>
              {tierError && (
                <Text size="small" className="text-ui-fg-error">
                  {tierError}
                </Text>
              )}
            </Drawer.Body>
          )}
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small">
                {t("common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" onClick={submitTier} isLoading={saveTier.isPending}>
              {t("common.save")}
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </div>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Loyalty" in English.
  label: "menu.loyalty",
  translationNs: "daraa",
  icon: Sparkles,
})

export default LoyaltyPage

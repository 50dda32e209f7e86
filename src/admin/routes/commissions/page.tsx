import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Prompt, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"
import {
  EMPTY_RULE_FORM,
  formOf,
  previewRule,
  rateOf,
  ruleBodyOf,
  scopeOf,
  standingOf,
  type CommissionRule,
  type RuleForm,
} from "../../lib/commission-admin"

const NONE = "none"

/** The commission rules by scope, which one wins where, a preview for any store and category, and create, edit and delete. */
const CommissionsPage = () => {
  const { t } = useTranslation("daraa")
  const rules = useQuery({
    queryKey: ["daraa-commission-rules"],
    queryFn: () => sdk.client.fetch<{ commission_rules: CommissionRule[]; count: number }>("/admin/commission-rules", { query: { limit: 100, order: "-created_at" } }),
  })
  const vendors = useQuery({
    queryKey: ["daraa-commission-vendors"],
    queryFn: () => sdk.client.fetch<{ vendors: { id: string; name: string }[] }>("/admin/vendors", { query: { limit: 100, fields: "id,name" } }),
  })
  const categories = useQuery({
    queryKey: ["daraa-commission-categories"],
    queryFn: () => sdk.client.fetch<{ product_categories: { id: string; name: string }[] }>("/admin/product-categories", { query: { limit: 100, fields: "id,name" } }),
  })
  const names = useMemo(
    () => ({
      vendors: new Map((vendors.data?.vendors ?? []).map((vendor) => [vendor.id, vendor.name])),
      categories: new Map((categories.data?.product_categories ?? []).map((category) => [category.id, category.name])),
    }),
    [vendors.data, categories.data]
  )
  const all = rules.data?.commission_rules ?? []
  const standing = standingOf(all)
  const choices = { vendors: vendors.data?.vendors ?? [], categories: categories.data?.product_categories ?? [] }

  return (
    <div className="flex flex-col gap-2">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("commissions.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("commissions.subtitle")}
            </Text>
          </div>
          <RuleDrawer choices={choices} />
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("commissions.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("commissions.scope")}</Table.HeaderCell>
              <Table.HeaderCell>{t("commissions.rate")}</Table.HeaderCell>
              <Table.HeaderCell>{t("commissions.priority")}</Table.HeaderCell>
              <Table.HeaderCell>{t("commissions.standing")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {all.map((rule) => {
              const place = standing.get(rule.id)
              return (
                <Table.Row key={rule.id} data-testid="daraa-commission-rule">
                  <Table.Cell>{rule.name}</Table.Cell>
                  <Table.Cell>{scopeOf(rule, names, t)}</Table.Cell>
                  <Table.Cell>{rateOf(rule, t)}</Table.Cell>
                  <Table.Cell>{rule.priority}</Table.Cell>
                  <Table.Cell>
                    {!rule.is_active ? (
                      <Badge size="2xsmall">{t("commissions.inactive")}</Badge>
                    ) : place?.wins ? (
                      <Badge size="2xsmall" color="green">
                        {t("commissions.wins")}
                      </Badge>
                    ) : (
                      <Badge size="2xsmall" color="orange">
                        {t("commissions.beatenBy", { name: place?.beatenBy?.name })}
                      </Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end gap-2">
                      <RuleDrawer choices={choices} rule={rule} />
                      <DeleteRule rule={rule} />
                    </div>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        {rules.data && all.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {t("commissions.none")}
          </Text>
        )}
      </Container>
      <Preview rules={all} choices={choices} />
    </div>
  )
}

type Choices = { vendors: { id: string; name: string }[]; categories: { id: string; name: string }[] }

/** Which rule a sale of a store, in a category, is charged. */
const Preview = ({ rules, choices }: { rules: CommissionRule[]; choices: Choices }) => {
  const { t } = useTranslation("daraa")
  const [vendorId, setVendorId] = useState("")
  const [categoryId, setCategoryId] = useState(NONE)
  const chosen = vendorId ? previewRule(rules, vendorId, categoryId === NONE ? null : categoryId) : null
  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{t("commissions.previewTitle")}</Heading>
      <div className="flex gap-2">
        <div className="w-[260px]">
          <Select value={vendorId} onValueChange={setVendorId}>
            <Select.Trigger data-testid="daraa-preview-vendor">
              <Select.Value placeholder={t("commissions.aStore")} />
            </Select.Trigger>
            <Select.Content>
              {choices.vendors.map((vendor) => (
                <Select.Item key={vendor.id} value={vendor.id}>
                  {vendor.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="w-[260px]">
          <Select value={categoryId} onValueChange={setCategoryId}>
            <Select.Trigger>
              <Select.Value placeholder={t("commissions.anyCategory")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>{t("commissions.noCategory")}</Select.Item>
              {choices.categories.map((category) => (
                <Select.Item key={category.id} value={category.id}>
                  {category.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <Text size="small" data-testid="daraa-preview-result">
        {!vendorId
          ? t("commissions.chooseStore")
          : chosen
            ? t("commissions.previewResult", { name: chosen.name, rate: rateOf(chosen, t) })
            : t("commissions.noRuleApplies")}
      </Text>
    </Container>
  )
}

/** Create a rule, or edit one. */
const RuleDrawer = ({ choices, rule }: { choices: Choices; rule?: CommissionRule }) => {
  const { t } = useTranslation("daraa")
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<RuleForm>(rule ? formOf(rule) : EMPTY_RULE_FORM)
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch(rule ? `/admin/commission-rules/${rule.id}` : "/admin/commission-rules", { method: "POST", body }),
    onSuccess: async () => {
      toast.success(rule ? t("commissions.saved") : t("commissions.added"))
      setOpen(false)
      if (!rule) {
        setForm(EMPTY_RULE_FORM)
      }
      await queryClient.invalidateQueries({ queryKey: ["daraa-commission-rules"] })
    },
    onError: (error: any) => setProblem(error?.message ?? t("commissions.saveFailed")),
  })
  const set = (field: keyof RuleForm) => (value: string | boolean) => setForm((current) => ({ ...current, [field]: value }))
  const submit = () => {
    const parsed = ruleBodyOf(form, t)
    if ("error" in parsed) {
      setProblem(parsed.error)
      return
    }
    setProblem(null)
    save.mutate(parsed.body)
  }
  const prefix = rule ? `daraa-rule-edit-${rule.id}` : "daraa-rule-new"
  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next && rule) {
          setForm(formOf(rule))
        }
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" data-testid={`${prefix}-open`}>
          {rule ? t("commissions.edit") : t("commissions.add")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{rule ? t("commissions.editTitle", { name: rule.name }) : t("commissions.addTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Field label={t("commissions.name")} id={`${prefix}-name`} value={form.name} onChange={set("name")} />
          <div className="flex flex-col gap-1">
            <Label>{t("commissions.storeLabel")}</Label>
            <Select value={form.vendor_id || NONE} onValueChange={(value) => set("vendor_id")(value === NONE ? "" : value)}>
              <Select.Trigger data-testid={`${prefix}-vendor`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>{t("commissions.everyStore")}</Select.Item>
                {choices.vendors.map((vendor) => (
                  <Select.Item key={vendor.id} value={vendor.id}>
                    {vendor.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label>{t("commissions.categoryLabel")}</Label>
            <Select value={form.category_id || NONE} onValueChange={(value) => set("category_id")(value === NONE ? "" : value)}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>{t("commissions.everyCategory")}</Select.Item>
                {choices.categories.map((category) => (
                  <Select.Item key={category.id} value={category.id}>
                    {category.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Field label={t("commissions.percent")} id={`${prefix}-percent`} value={form.percent_rate} onChange={set("percent_rate")} />
          <Field label={t("commissions.flat")} id={`${prefix}-flat`} value={form.flat_amount} onChange={set("flat_amount")} />
          <Field label={t("commissions.currency")} id={`${prefix}-currency`} value={form.currency_code} onChange={set("currency_code")} />
          <Field label={t("commissions.priorityLabel")} id={`${prefix}-priority`} value={form.priority} onChange={set("priority")} />
          <div className="flex items-center gap-2">
            <Switch id={`${prefix}-active`} checked={form.is_active} onCheckedChange={(checked) => set("is_active")(checked)} />
            <Label htmlFor={`${prefix}-active`}>{t("commissions.active")}</Label>
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

/** Delete a rule after a prompt; orders already placed keep what they recorded. */
const DeleteRule = ({ rule }: { rule: CommissionRule }) => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/commission-rules/${rule.id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success(t("commissions.deleted"))
      await queryClient.invalidateQueries({ queryKey: ["daraa-commission-rules"] })
    },
    onError: (error: any) => toast.error(error?.message ?? t("commissions.deleteFailed")),
  })
  return (
    <Prompt>
      <Prompt.Trigger asChild>
        <Button size="small" variant="danger" data-testid={`daraa-rule-delete-${rule.id}`}>
          {t("common.delete")}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("commissions.deleteTitle", { name: rule.name })}</Prompt.Title>
          <Prompt.Description>{t("commissions.deleteBody")}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
          <Prompt.Action onClick={() => remove.mutate()} data-testid={`daraa-rule-delete-${rule.id}-confirm`}>
            {t("common.delete")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Commissions" in English.
  label: "menu.commissions",
  translationNs: "daraa",
  icon: ReceiptPercent,
})

export default CommissionsPage

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Input, Label, Prompt, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useMemo, useState } from "react"
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
            <Heading>Commission rules</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The most specific rule wins: vendor + category, then vendor, then category, then global; then the higher priority.
            </Text>
          </div>
          <RuleDrawer choices={choices} />
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Scope</Table.HeaderCell>
              <Table.HeaderCell>Rate</Table.HeaderCell>
              <Table.HeaderCell>Priority</Table.HeaderCell>
              <Table.HeaderCell>Standing</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {all.map((rule) => {
              const place = standing.get(rule.id)
              return (
                <Table.Row key={rule.id} data-testid="daraa-commission-rule">
                  <Table.Cell>{rule.name}</Table.Cell>
                  <Table.Cell>{scopeOf(rule, names)}</Table.Cell>
                  <Table.Cell>{rateOf(rule)}</Table.Cell>
                  <Table.Cell>{rule.priority}</Table.Cell>
                  <Table.Cell>
                    {!rule.is_active ? (
                      <Badge size="2xsmall">Inactive</Badge>
                    ) : place?.wins ? (
                      <Badge size="2xsmall" color="green">
                        Wins its scope
                      </Badge>
                    ) : (
                      <Badge size="2xsmall" color="orange">
                        Beaten by {place?.beatenBy?.name}
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
            No rule yet: no commission is charged until one is added.
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
  const [vendorId, setVendorId] = useState("")
  const [categoryId, setCategoryId] = useState(NONE)
  const chosen = vendorId ? previewRule(rules, vendorId, categoryId === NONE ? null : categoryId) : null
  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">Which rule applies?</Heading>
      <div className="flex gap-2">
        <div className="w-[260px]">
          <Select value={vendorId} onValueChange={setVendorId}>
            <Select.Trigger data-testid="daraa-preview-vendor">
              <Select.Value placeholder="A store" />
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
              <Select.Value placeholder="Any category" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>No particular category</Select.Item>
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
        {!vendorId ? "Choose a store." : chosen ? `${chosen.name}: ${rateOf(chosen)}` : "No rule applies: no commission."}
      </Text>
    </Container>
  )
}

/** Create a rule, or edit one. */
const RuleDrawer = ({ choices, rule }: { choices: Choices; rule?: CommissionRule }) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<RuleForm>(rule ? formOf(rule) : EMPTY_RULE_FORM)
  const [problem, setProblem] = useState<string | null>(null)
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch(rule ? `/admin/commission-rules/${rule.id}` : "/admin/commission-rules", { method: "POST", body }),
    onSuccess: async () => {
      toast.success(rule ? "Rule saved" : "Rule added")
      setOpen(false)
      if (!rule) {
        setForm(EMPTY_RULE_FORM)
      }
      await queryClient.invalidateQueries({ queryKey: ["daraa-commission-rules"] })
    },
    onError: (error: any) => setProblem(error?.message ?? "The rule could not be saved."),
  })
  const set = (field: keyof RuleForm) => (value: string | boolean) => setForm((current) => ({ ...current, [field]: value }))
  const submit = () => {
    const parsed = ruleBodyOf(form)
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
          {rule ? "Edit" : "Add rule"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{rule ? `Edit ${rule.name}` : "Add a commission rule"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-3">
          <Field label="Name" id={`${prefix}-name`} value={form.name} onChange={set("name")} />
          <div className="flex flex-col gap-1">
            <Label>Store (none: every store)</Label>
            <Select value={form.vendor_id || NONE} onValueChange={(value) => set("vendor_id")(value === NONE ? "" : value)}>
              <Select.Trigger data-testid={`${prefix}-vendor`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>Every store</Select.Item>
                {choices.vendors.map((vendor) => (
                  <Select.Item key={vendor.id} value={vendor.id}>
                    {vendor.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label>Category (none: every category)</Label>
            <Select value={form.category_id || NONE} onValueChange={(value) => set("category_id")(value === NONE ? "" : value)}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>Every category</Select.Item>
                {choices.categories.map((category) => (
                  <Select.Item key={category.id} value={category.id}>
                    {category.name}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Field label="Percent of each line (0–100)" id={`${prefix}-percent`} value={form.percent_rate} onChange={set("percent_rate")} />
          <Field label="Flat amount per line" id={`${prefix}-flat`} value={form.flat_amount} onChange={set("flat_amount")} />
          <Field label="Currency of the flat amount" id={`${prefix}-currency`} value={form.currency_code} onChange={set("currency_code")} />
          <Field label="Priority (higher wins among equally specific rules)" id={`${prefix}-priority`} value={form.priority} onChange={set("priority")} />
          <div className="flex items-center gap-2">
            <Switch id={`${prefix}-active`} checked={form.is_active} onCheckedChange={(checked) => set("is_active")(checked)} />
            <Label htmlFor={`${prefix}-active`}>Active</Label>
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
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={save.isPending} data-testid={`${prefix}-submit`}>
            Save
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
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/commission-rules/${rule.id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success("Rule deleted")
      await queryClient.invalidateQueries({ queryKey: ["daraa-commission-rules"] })
    },
    onError: (error: any) => toast.error(error?.message ?? "The rule could not be deleted."),
  })
  return (
    <Prompt>
      <Prompt.Trigger asChild>
        <Button size="small" variant="danger" data-testid={`daraa-rule-delete-${rule.id}`}>
          Delete
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>Delete {rule.name}?</Prompt.Title>
          <Prompt.Description>New sales stop using it; orders already placed keep the commission they recorded.</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>Cancel</Prompt.Cancel>
          <Prompt.Action onClick={() => remove.mutate()} data-testid={`daraa-rule-delete-${rule.id}-confirm`}>
            Delete
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

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { LockClosedSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Prompt, Select, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { SECURITY_EVENT_TYPES, securityEventLabel } from "../../lib/access-admin"
import { sdk } from "../../lib/sdk"
import { paginationLabels } from "../../lib/translate"

const PAGE_SIZE = 20

type IpBlock = { id: string; cidr: string; family: string; reason: string | null; created_by: string | null; created_at: string }
type SecurityEvent = { id: string; type: string; ip: string; identity: string | null; method: string | null; path: string | null; created_at: string }

/** The IP blocklist, and what the server noticed: lock-outs, blocked requests, runs of 401s. */
const SecurityPage = () => (
  <div className="flex flex-col gap-2">
    <Blocklist />
    <Events />
  </div>
)

const Blocklist = () => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const [ip, setIp] = useState("")
  const [reason, setReason] = useState("")
  const blocks = useQuery({
    queryKey: ["daraa-ip-blocks"],
    queryFn: () => sdk.client.fetch<{ ip_blocks: IpBlock[]; count: number }>("/admin/ip-blocks", { query: { limit: 100 } }),
  })
  const add = useMutation({
    mutationFn: () => sdk.client.fetch("/admin/ip-blocks", { method: "POST", body: { ip: ip.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}) } }),
    onSuccess: async () => {
      toast.success(t("security.blocked", { ip: ip.trim() }))
      setIp("")
      setReason("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-ip-blocks"] })
    },
    onError: (error: any) => toast.error(error?.message ?? t("security.blockFailed")),
  })
  const remove = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ip-blocks/${id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success(t("security.unblocked"))
      await queryClient.invalidateQueries({ queryKey: ["daraa-ip-blocks"] })
    },
    onError: (error: any) => toast.error(error?.message ?? t("security.unblockFailed")),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("security.blocklist")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("security.blocklistAbout")}
        </Text>
      </div>
      <form
        className="flex items-end gap-2 px-6 py-4"
        onSubmit={(event) => {
          event.preventDefault()
          add.mutate()
        }}
      >
        <div className="flex w-[260px] flex-col gap-1">
          <Label size="xsmall">{t("security.address")}</Label>
          <Input size="small" placeholder={t("security.addressPlaceholder")} value={ip} data-testid="daraa-ip-block-ip" onChange={(event) => setIp(event.target.value)} />
        </div>
        <div className="flex flex-1 flex-col gap-1">
          <Label size="xsmall">{t("security.reason")}</Label>
          <Input size="small" placeholder={t("security.reasonPlaceholder")} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        <Button type="submit" size="small" disabled={!ip.trim()} isLoading={add.isPending} data-testid="daraa-ip-block-add">
          {t("security.block")}
        </Button>
      </form>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("security.range")}</Table.HeaderCell>
            <Table.HeaderCell>{t("security.reason")}</Table.HeaderCell>
            <Table.HeaderCell>{t("security.blockedAt")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(blocks.data?.ip_blocks ?? []).map((block) => (
            <Table.Row key={block.id} data-testid="daraa-ip-block-row">
              <Table.Cell>
                <Text size="small" className="font-mono">
                  {block.cidr}
                </Text>
              </Table.Cell>
              <Table.Cell>{block.reason ?? "—"}</Table.Cell>
              <Table.Cell>{new Date(block.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                <div className="flex justify-end">
                  <Prompt>
                    <Prompt.Trigger asChild>
                      <Button size="small" variant="secondary">
                        {t("security.unblock")}
                      </Button>
                    </Prompt.Trigger>
                    <Prompt.Content>
                      <Prompt.Header>
                        <Prompt.Title>{t("security.unblockTitle", { cidr: block.cidr })}</Prompt.Title>
                        <Prompt.Description>{t("security.unblockBody")}</Prompt.Description>
                      </Prompt.Header>
                      <Prompt.Footer>
                        <Prompt.Cancel>{t("common.cancel")}</Prompt.Cancel>
                        <Prompt.Action onClick={() => remove.mutate(block.id)}>{t("security.unblock")}</Prompt.Action>
                      </Prompt.Footer>
                    </Prompt.Content>
                  </Prompt>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {blocks.data && blocks.data.ip_blocks.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("security.nothing")}
        </Text>
      )}
    </Container>
  )
}

const Events = () => {
  const { t } = useTranslation("daraa")
  const [type, setType] = useState("all")
  const [ip, setIp] = useState("")
  const [page, setPage] = useState(0)
  const events = useQuery({
    queryKey: ["daraa-security-events", type, ip, page],
    queryFn: () =>
      sdk.client.fetch<{ security_events: SecurityEvent[]; count: number }>("/admin/security-events", {
        query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE, ...(type !== "all" ? { type } : {}), ...(ip.trim() ? { ip: ip.trim() } : {}) },
      }),
    placeholderData: keepPreviousData,
  })
  const count = events.data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("security.events")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("security.eventsAbout")}
        </Text>
      </div>
      <div className="flex gap-2 px-6 py-4">
        <div className="w-[220px]">
          <Select
            value={type}
            onValueChange={(value) => {
              setType(value)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="daraa-security-events-type">
              <Select.Value placeholder={t("security.type")} />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("security.allEvents")}</Select.Item>
              {SECURITY_EVENT_TYPES.map((value) => (
                <Select.Item key={value} value={value}>
                  {securityEventLabel(value, t)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          size="small"
          placeholder={t("security.ipPlaceholder")}
          value={ip}
          onChange={(event) => {
            setIp(event.target.value)
            setPage(0)
          }}
        />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("security.when")}</Table.HeaderCell>
            <Table.HeaderCell>{t("security.event")}</Table.HeaderCell>
            <Table.HeaderCell>{t("security.addressColumn")}</Table.HeaderCell>
            <Table.HeaderCell>{t("security.account")}</Table.HeaderCell>
            <Table.HeaderCell>{t("security.request")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(events.data?.security_events ?? []).map((event) => (
            <Table.Row key={event.id} data-testid="daraa-security-event-row">
              <Table.Cell>{new Date(event.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={event.type === "ip_blocked" ? "grey" : "orange"}>
                  {securityEventLabel(event.type, t)}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <Text size="small" className="font-mono">
                  {event.ip}
                </Text>
              </Table.Cell>
              <Table.Cell>{event.identity ?? "—"}</Table.Cell>
              <Table.Cell>
                <Text size="xsmall">{event.method && event.path ? `${event.method} ${event.path}` : "—"}</Text>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {events.data && events.data.security_events.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("security.none")}
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

export const config = defineRouteConfig({
  // A key of src/admin/i18n: "Security" in English.
  label: "menu.security",
  translationNs: "daraa",
  icon: LockClosedSolid,
})

export default SecurityPage

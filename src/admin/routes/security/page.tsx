import { defineRouteConfig } from "@medusajs/admin-sdk"
import { LockClosedSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Prompt, Select, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { SECURITY_EVENT_LABELS } from "../../lib/access-admin"

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
      toast.success(`${ip.trim()} blocked`)
      setIp("")
      setReason("")
      await queryClient.invalidateQueries({ queryKey: ["daraa-ip-blocks"] })
    },
    onError: (error: any) => toast.error(error?.message ?? "The address could not be blocked."),
  })
  const remove = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ip-blocks/${id}`, { method: "DELETE" }),
    onSuccess: async () => {
      toast.success("Unblocked")
      await queryClient.invalidateQueries({ queryKey: ["daraa-ip-blocks"] })
    },
    onError: (error: any) => toast.error(error?.message ?? "The block could not be removed."),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>IP blocklist</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Blocked addresses and ranges get 403 on every route, before anything else runs. Your own address cannot be blocked.
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
          <Label size="xsmall">Address or CIDR range</Label>
          <Input size="small" placeholder="203.0.113.7 or 2001:db8::/32" value={ip} data-testid="daraa-ip-block-ip" onChange={(event) => setIp(event.target.value)} />
        </div>
        <div className="flex flex-1 flex-col gap-1">
          <Label size="xsmall">Reason</Label>
          <Input size="small" placeholder="Why (optional)" value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        <Button type="submit" size="small" disabled={!ip.trim()} isLoading={add.isPending} data-testid="daraa-ip-block-add">
          Block
        </Button>
      </form>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Address or range</Table.HeaderCell>
            <Table.HeaderCell>Reason</Table.HeaderCell>
            <Table.HeaderCell>Blocked</Table.HeaderCell>
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
                        Unblock
                      </Button>
                    </Prompt.Trigger>
                    <Prompt.Content>
                      <Prompt.Header>
                        <Prompt.Title>Unblock {block.cidr}?</Prompt.Title>
                        <Prompt.Description>Requests from it are let in again at once.</Prompt.Description>
                      </Prompt.Header>
                      <Prompt.Footer>
                        <Prompt.Cancel>Cancel</Prompt.Cancel>
                        <Prompt.Action onClick={() => remove.mutate(block.id)}>Unblock</Prompt.Action>
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
          Nothing is blocked.
        </Text>
      )}
    </Container>
  )
}

const Events = () => {
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
        <Heading level="h2">Security events</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Admins are told in their feed when one address trips several limits in a short time.
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
              <Select.Value placeholder="Type" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All events</Select.Item>
              {Object.entries(SECURITY_EVENT_LABELS).map(([value, label]) => (
                <Select.Item key={value} value={value}>
                  {label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          size="small"
          placeholder="IP address"
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
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>Event</Table.HeaderCell>
            <Table.HeaderCell>Address</Table.HeaderCell>
            <Table.HeaderCell>Account</Table.HeaderCell>
            <Table.HeaderCell>Request</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(events.data?.security_events ?? []).map((event) => (
            <Table.Row key={event.id} data-testid="daraa-security-event-row">
              <Table.Cell>{new Date(event.created_at).toLocaleString()}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={event.type === "ip_blocked" ? "grey" : "orange"}>
                  {SECURITY_EVENT_LABELS[event.type] ?? event.type}
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
          No event matches.
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
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Security",
  icon: LockClosedSolid,
})

export default SecurityPage

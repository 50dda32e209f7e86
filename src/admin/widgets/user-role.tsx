import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminUser, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { ADMIN_ROLE_CHOICES, roleLabel } from "../lib/access-admin"
import { sdk } from "../lib/sdk"

type RoleAnswer = { role: { user_id: string; role: string; recorded: boolean } }

/** On Medusa's user page: the user's Daraa role, and (for super admins; others get the server's 403) a way to change it. */
const UserRoleWidget = ({ data: user }: DetailWidgetProps<AdminUser>) => {
  const queryClient = useQueryClient()
  const key = ["daraa-user-role", user.id]
  const current = useQuery({ queryKey: key, queryFn: () => sdk.client.fetch<RoleAnswer>(`/admin/users/${user.id}/role`) })
  const [chosen, setChosen] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: (role: string) => sdk.client.fetch<RoleAnswer>(`/admin/users/${user.id}/role`, { method: "POST", body: { role } }),
    onSuccess: async (answer) => {
      toast.success(`Role set to ${roleLabel(answer.role.role)}`)
      setChosen(null)
      await queryClient.invalidateQueries({ queryKey: key })
    },
    onError: (error: any) => toast.error(error?.message ?? "The role could not be changed."),
  })
  const role = current.data?.role
  const selected = chosen ?? role?.role ?? ""
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="daraa-user-role">
      <div className="flex items-center justify-between">
        <Heading level="h2">Marketplace role</Heading>
        {role && (
          <Badge size="2xsmall" data-testid="daraa-user-role-current">
            {roleLabel(role.role)}
            {role.recorded ? "" : " (default)"}
          </Badge>
        )}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {ADMIN_ROLE_CHOICES.find((choice) => choice.value === role?.role)?.about ?? "Loading…"}
      </Text>
      <div className="flex gap-2">
        <div className="flex-1">
          <Select value={selected} onValueChange={setChosen}>
            <Select.Trigger data-testid="daraa-user-role-select">
              <Select.Value placeholder="Role" />
            </Select.Trigger>
            <Select.Content>
              {ADMIN_ROLE_CHOICES.map((choice) => (
                <Select.Item key={choice.value} value={choice.value}>
                  {choice.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!chosen || chosen === role?.role}
          isLoading={save.isPending}
          onClick={() => chosen && save.mutate(chosen)}
          data-testid="daraa-user-role-save"
        >
          Save
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "user.details.after",
})

export default UserRoleWidget

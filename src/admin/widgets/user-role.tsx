import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminUser, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ADMIN_ROLES, roleAbout, roleLabel } from "../lib/access-admin"
import { sdk } from "../lib/sdk"

type RoleAnswer = { role: { user_id: string; role: string; recorded: boolean } }

/** On Medusa's user page: the user's Daraa role, and (for super admins; others get the server's 403) a way to change it. */
const UserRoleWidget = ({ data: user }: DetailWidgetProps<AdminUser>) => {
  const { t } = useTranslation("daraa")
  const queryClient = useQueryClient()
  const key = ["daraa-user-role", user.id]
  const current = useQuery({ queryKey: key, queryFn: () => sdk.client.fetch<RoleAnswer>(`/admin/users/${user.id}/role`) })
  const [chosen, setChosen] = useState<string | null>(null)
  const save = useMutation({
    mutationFn: (role: string) => sdk.client.fetch<RoleAnswer>(`/admin/users/${user.id}/role`, { method: "POST", body: { role } }),
    onSuccess: async (answer) => {
      toast.success(t("roles.set", { role: roleLabel(answer.role.role, t) }))
      setChosen(null)
      await queryClient.invalidateQueries({ queryKey: key })
    },
    onError: (error: any) => toast.error(error?.message ?? t("roles.failed")),
  })
  const role = current.data?.role
  const selected = chosen ?? role?.role ?? ""
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="daraa-user-role">
      <div className="flex items-center justify-between">
        <Heading level="h2">{t("roles.title")}</Heading>
        {role && (
          <Badge size="2xsmall" data-testid="daraa-user-role-current">
            {role.recorded ? roleLabel(role.role, t) : t("roles.byDefault", { role: roleLabel(role.role, t) })}
          </Badge>
        )}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {role ? roleAbout(role.role, t) : t("common.loading")}
      </Text>
      <div className="flex gap-2">
        <div className="flex-1">
          <Select value={selected} onValueChange={setChosen}>
            <Select.Trigger data-testid="daraa-user-role-select">
              <Select.Value placeholder={t("roles.placeholder")} />
            </Select.Trigger>
            <Select.Content>
              {ADMIN_ROLES.map((value) => (
                <Select.Item key={value} value={value}>
                  {roleLabel(value, t)}
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
          {t("common.save")}
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "user.details.after",
})

export default UserRoleWidget

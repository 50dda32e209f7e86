import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { UserWorkflowEvents } from "@medusajs/framework/utils"
import { removeAdminRoleWorkflow } from "../workflows/admin-access/workflows/remove-admin-role"

/** A deleted admin user's role goes with them (docs/security.md, "Admin roles"). */
export default async function forgetDeletedAdminRole({ event, container }: SubscriberArgs<{ id: string }>) {
  await removeAdminRoleWorkflow(container).run({ input: { user_id: event.data.id } })
}

export const config: SubscriberConfig = { event: UserWorkflowEvents.DELETED }

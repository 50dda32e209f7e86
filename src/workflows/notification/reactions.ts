import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { NotificationEvent } from "../../modules/notification-center/templates"
import { notifyRecipientsWorkflow } from "./workflows/notify-recipients"

/** What several subscribers do alike; each subscriber names its event and template. */

export type VendorStatusEvent = { id: string; reason?: string | null }

/** The vendor's owners and managers hear of a change to their store's status. */
export async function notifyVendorOfStatus(container: MedusaContainer, template: NotificationEvent, data: VendorStatusEvent) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: data.id } })
  if (!vendor) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: template,
      category: "account",
      data: { id: vendor.id, vendor_name: vendor.name, reason: data.reason ?? null },
      resource: { type: "vendor", id: vendor.id },
      recipients: { vendor_id: vendor.id },
    },
  })
}

export type CourierStatusEvent = { id: string; reason?: string | null }

/** The courier hears of a change to its own status. */
export async function notifyCourierOfStatus(container: MedusaContainer, template: NotificationEvent, data: CourierStatusEvent) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [courier],
  } = await query.graph({ entity: "courier", fields: ["id", "first_name"], filters: { id: data.id } })
  if (!courier) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: template,
      category: "account",
      data: { id: courier.id, first_name: courier.first_name, reason: data.reason ?? null },
      resource: { type: "courier", id: courier.id },
      recipients: { courier_id: courier.id },
    },
  })
}

export type VendorOrderEvent = {
  id: string
  vendor_id: string
  reason?: string | null
  // On vendor_order.rejected: the store itself, or the platform (an admin, or the accept window running out).
  rejected_by?: "vendor" | "platform"
}

/** The customer hears what a vendor did with their order. */
export async function notifyCustomerOfVendorOrder(container: MedusaContainer, template: NotificationEvent, data: VendorOrderEvent) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "customer_id"], filters: { id: data.id } })
  const { data: vendors } = await query.graph({ entity: "vendor", fields: ["id", "name"], filters: { id: data.vendor_id } })
  const order = orders[0]
  if (!order?.customer_id) {
    return
  }
  await notifyRecipientsWorkflow(container).run({
    input: {
      event: template,
      category: "orders",
      data: { id: order.id, display_id: order.display_id, vendor_name: vendors[0]?.name ?? null, reason: data.reason ?? null },
      resource: { type: "order", id: order.id },
      recipients: { customer_ids: [order.customer_id] },
    },
  })
}

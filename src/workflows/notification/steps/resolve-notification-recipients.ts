import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_LOCALE, LOCALES, type Locale, type RecipientType } from "../../../modules/notification-center/constants"

/** Who should hear of an event, by reference; the step looks up their addresses and locale. */
export type RecipientReferences = {
  customer_ids?: string[]
  /** The vendor's owners and managers. */
  vendor_id?: string
  /** The courier itself. */
  courier_id?: string
  /** Every platform admin. */
  admins?: boolean
}

export type ResolvedRecipient = {
  recipient_type: RecipientType
  recipient_id: string
  locale: Locale
  email: string | null
  phone: string | null
}

const NOTIFIED_VENDOR_ROLES = ["owner", "manager"]

function knownLocale(wanted: unknown): Locale {
  return (LOCALES as readonly unknown[]).includes(wanted) ? (wanted as Locale) : DEFAULT_LOCALE
}

/** Customers and admins keep their language in `metadata.locale`; vendor members and couriers have a `locale` column. */
function localeOf(metadata: Record<string, unknown> | null | undefined): Locale {
  return knownLocale(metadata?.locale)
}

export const resolveNotificationRecipientsStepId = "resolve-notification-recipients"

export const resolveNotificationRecipientsStep = createStep(
  resolveNotificationRecipientsStepId,
  async (input: RecipientReferences, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const recipients: ResolvedRecipient[] = []

    if (input.customer_ids?.length) {
      const { data: customers } = await query.graph({
        entity: "customer",
        fields: ["id", "email", "phone", "metadata"],
        filters: { id: input.customer_ids },
      })
      for (const customer of customers) {
        recipients.push({
          recipient_type: "customer",
          recipient_id: customer.id,
          locale: localeOf(customer.metadata),
          email: customer.email ?? null,
          phone: customer.phone ?? null,
        })
      }
    }

    if (input.vendor_id) {
      const { data: vendors } = await query.graph({
        entity: "vendor",
        fields: ["id", "members.id", "members.role", "members.email", "members.phone", "members.locale"],
        filters: { id: input.vendor_id },
      })
      for (const member of (vendors[0]?.members ?? []) as any[]) {
        if (member && NOTIFIED_VENDOR_ROLES.includes(member.role)) {
          recipients.push({
            recipient_type: "vendor",
            recipient_id: member.id,
            locale: knownLocale(member.locale),
            email: member.email ?? null,
            phone: member.phone ?? null,
          })
        }
      }
    }

    if (input.courier_id) {
      const { data: couriers } = await query.graph({
        entity: "courier",
        fields: ["id", "email", "phone", "locale"],
        filters: { id: input.courier_id },
      })
      for (const courier of couriers) {
        recipients.push({
          recipient_type: "courier",
          recipient_id: courier.id,
          locale: knownLocale(courier.locale),
          email: courier.email ?? null,
          phone: courier.phone ?? null,
        })
      }
    }

    if (input.admins) {
      const { data: users } = await query.graph({ entity: "user", fields: ["id", "email", "metadata"] })
      for (const user of users) {
        recipients.push({
          recipient_type: "user",
          recipient_id: user.id,
          locale: localeOf(user.metadata),
          email: user.email ?? null,
          phone: null,
        })
      }
    }

    return new StepResponse(recipients)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

/**
 * Unlinks a removed member's login (`app_metadata.vendor_id` set to null), so
 * the same login can accept a new invite or register a vendor of its own. Its
 * other actors (customer, courier) stay as they are.
 */
export const freeVendorMemberLoginStep = createStep(
  "free-vendor-member-login",
  async (memberId: string, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listAuthIdentities({ app_metadata: { vendor_id: memberId } } as any, { select: ["id"] })
    if (identities.length) {
      await auth.updateAuthIdentities(identities.map((identity) => ({ id: identity.id, app_metadata: { vendor_id: null } })))
    }
    return new StepResponse(undefined, { member_id: memberId, identity_ids: identities.map((identity) => identity.id) })
  },
  async (freed, { container }) => {
    if (!freed?.identity_ids.length) {
      return
    }
    await container
      .resolve(Modules.AUTH)
      .updateAuthIdentities(freed.identity_ids.map((id) => ({ id, app_metadata: { vendor_id: freed.member_id } })))
  }
)

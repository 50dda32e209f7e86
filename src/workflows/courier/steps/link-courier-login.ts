import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

export type LinkCourierLoginStepInput = {
  auth_identity_id: string
  courier_id: string
}

/**
 * Makes a login act as a courier (`app_metadata.courier_id`); a login linked
 * meanwhile by a concurrent registration is a 409.
 */
export const linkCourierLoginStep = createStep(
  "link-courier-login",
  async (input: LinkCourierLoginStepInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.courier_id) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This login is already a courier.")
    }
    await auth.updateAuthIdentities({
      id: identity.id,
      app_metadata: { ...identity.app_metadata, courier_id: input.courier_id },
    })
    return new StepResponse(undefined, identity.id)
  },
  async (identityId, { container }) => {
    if (!identityId) {
      return
    }
    // Null, not a deleted key: Medusa merges app_metadata on update, and null reads as "no courier".
    await container.resolve(Modules.AUTH).updateAuthIdentities({ id: identityId, app_metadata: { courier_id: null } })
  }
)

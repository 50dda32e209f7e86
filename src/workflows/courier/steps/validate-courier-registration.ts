import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** Refuses a login that is already a courier. */
export const validateCourierRegistrationStep = createStep(
  "validate-courier-registration",
  async (input: { auth_identity_id: string }, { container }) => {
    const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.courier_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This login is already a courier; log in as a courier instead of registering again."
      )
    }
  }
)

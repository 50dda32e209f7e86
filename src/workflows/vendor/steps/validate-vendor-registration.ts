import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export type ValidateVendorRegistrationInput = {
  auth_identity_id: string
  handle: string
}

/** Refuses a login that is already a vendor member, and a handle already taken. */
export const validateVendorRegistrationStep = createStep(
  "validate-vendor-registration",
  async (input: ValidateVendorRegistrationInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    if (identity.app_metadata?.vendor_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This login already belongs to a vendor member; log in as a vendor instead of registering again."
      )
    }
    const vendors = container.resolve<VendorModuleService>(VENDOR_MODULE)
    const [existing] = await vendors.listVendors({ handle: input.handle }, { take: 1, withDeleted: true })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The handle "${input.handle}" is already taken by another vendor; choose another handle.`
      )
    }
  }
)

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toHandle } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import { createVendorWorkflow } from "../../../workflows/vendor/workflows/create-vendor"
import type { CreateVendorBody } from "../validators"

/** Registration: a token from /auth/vendor/{provider}/register, no vendor yet. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateVendorBody>, res: MedusaResponse) => {
  const { address, member, handle, ...profile } = req.validatedBody
  const { result } = await createVendorWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      vendor: {
        ...profile,
        ...address,
        handle: handle || toHandle(profile.name) || `vendor-${randomBytes(4).toString("hex")}`,
      },
      member,
    },
  })
  res.status(201).json({ vendor: result.vendor })
}

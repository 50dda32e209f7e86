import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, toHandle } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { createVendorWorkflow } from "../../../workflows/vendor/workflows/create-vendor"
import { VENDOR_PROFILE_FIELDS } from "../me/route"
import type { CreateVendorBody } from "../validators"

/**
 * A handle derived from the name, made unique with a number when taken. A
 * handle the client chose is kept as is, and a clash is then a 409.
 */
async function handleFromName(req: AuthenticatedMedusaRequest<CreateVendorBody>, name: string) {
  const base = toHandle(name) || `vendor-${randomBytes(4).toString("hex")}`
  const vendors = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const taken = new Set(
    (await vendors.listVendors({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map((v) => v.handle)
  )
  let candidate = base
  for (let n = 2; taken.has(candidate); n++) {
    candidate = `${base}-${n}`
  }
  return candidate
}

/** Registration: a token from /auth/vendor/{provider}/register, no vendor yet. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateVendorBody>, res: MedusaResponse) => {
  const { address, member, handle, ...profile } = req.validatedBody
  const { result } = await createVendorWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      vendor: {
        ...profile,
        ...address,
        handle: handle ?? (await handleFromName(req, profile.name)),
      },
      member,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({ entity: "vendor", fields: VENDOR_PROFILE_FIELDS, filters: { id: result.vendor.id } })
  res.status(201).json({ vendor })
}

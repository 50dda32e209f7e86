import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateVendorWorkflow } from "../../../workflows/vendor/workflows/update-vendor"
import type { VendorRequest } from "../resolve-vendor-actor"
import type { UpdateVendorBody } from "../validators"

export const VENDOR_PROFILE_FIELDS = [
  "id",
  "handle",
  "name",
  "description",
  "email",
  "phone",
  "status",
  "address_1",
  "city",
  "country_code",
  "postal_code",
  "latitude",
  "longitude",
  "opening_hours",
  "logo_url",
  "created_at",
  "updated_at",
]

async function retrieveVendor(req: VendorRequest<any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [vendor],
  } = await query.graph({
    entity: "vendor",
    fields: VENDOR_PROFILE_FIELDS,
    filters: { id: req.vendor_context.vendor.id },
  })
  return vendor
}

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ member: req.vendor_context.member, vendor: await retrieveVendor(req) })
}

/** Owner or manager: the vendor's public profile. */
export const POST = async (req: VendorRequest<UpdateVendorBody>, res: MedusaResponse) => {
  const { address, ...profile } = req.validatedBody
  await updateVendorWorkflow(req.scope).run({
    input: { id: req.vendor_context.vendor.id, update: { ...profile, ...(address ?? {}) } },
  })
  res.json({ member: req.vendor_context.member, vendor: await retrieveVendor(req) })
}

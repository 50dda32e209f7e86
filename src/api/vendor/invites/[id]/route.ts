import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../modules/vendor"
import type VendorModuleService from "../../../../modules/vendor/service"
import type { VendorRequest } from "../../resolve-vendor-actor"

/** Owner only: revoke an invite that was not accepted yet. */
export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  const vendors = req.scope.resolve<VendorModuleService>(VENDOR_MODULE)
  const [invite] = await vendors.listVendorInvites({ id: req.params.id, vendor_id: req.vendor_context.vendor.id }, { take: 1 })
  if (!invite) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite with id: ${req.params.id} was not found`)
  }
  if (invite.accepted_at) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This invite was already accepted; remove the member instead.")
  }
  await vendors.deleteVendorInvites(invite.id)
  res.json({ id: invite.id, object: "vendor_invite", deleted: true })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { removeVendorMemberWorkflow } from "../../../../workflows/vendor-member/workflows/remove-vendor-member"
import { updateVendorMemberRoleWorkflow } from "../../../../workflows/vendor-member/workflows/update-vendor-member-role"
import type { VendorRequest } from "../../resolve-vendor-actor"
import { memberFields } from "../query-config"
import type { VendorUpdateMemberBody } from "../validators"

async function ownMember(req: VendorRequest<any>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({
    entity: "vendor_member",
    fields: memberFields,
    filters: { id: req.params.id, vendor_id: req.vendor_context.vendor.id },
  })
  if (!member) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${req.params.id} was not found`)
  }
  return member
}

/** Owner only: change a member's role between manager and staff. */
export const POST = async (req: VendorRequest<VendorUpdateMemberBody>, res: MedusaResponse) => {
  await ownMember(req)
  await updateVendorMemberRoleWorkflow(req.scope).run({ input: { member_id: req.params.id, role: req.validatedBody.role } })
  res.json({ member: await ownMember(req) })
}

/** Owner only: remove a member; their token stops working at once. */
export const DELETE = async (req: VendorRequest, res: MedusaResponse) => {
  await ownMember(req)
  await removeVendorMemberWorkflow(req.scope).run({
    input: { member_id: req.params.id, vendor_id: req.vendor_context.vendor.id },
  })
  res.json({ id: req.params.id, object: "vendor_member", deleted: true })
}

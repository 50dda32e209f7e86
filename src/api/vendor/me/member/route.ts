import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateVendorMemberLocaleWorkflow } from "../../../../workflows/vendor-member/workflows/update-vendor-member-locale"
import { memberFields } from "../../members/query-config"
import type { VendorUpdateOwnMemberBody } from "../../members/validators"
import type { VendorRequest } from "../../resolve-vendor-actor"

/** Any member, about themself: the language their notifications come in. */
export const POST = async (req: VendorRequest<VendorUpdateOwnMemberBody>, res: MedusaResponse) => {
  const memberId = req.vendor_context.member.id
  await updateVendorMemberLocaleWorkflow(req.scope).run({ input: { member_id: memberId, locale: req.validatedBody.locale } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = await query.graph({ entity: "vendor_member", fields: memberFields, filters: { id: memberId } })
  res.json({ member })
}

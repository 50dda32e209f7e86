import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { registerCustomerWorkflow } from "../../../workflows/customer/workflows/register-customer"
import { signUpReferral, type SignUpRequest } from "./sign-up-additional-data"

/**
 * Sign-up with an email login, in place of Medusa's route of the same path:
 * the same body and answer, plus `additional_data.referral_code`, claimed as
 * `POST /store/loyalty/referral/claim` does (docs/loyalty.md, "Referrals").
 * A phone-code sign-up is answered before this (phone-registration.ts).
 */
export const POST = async (req: AuthenticatedMedusaRequest<HttpTypes.StoreCreateCustomer> & SignUpRequest, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Request already authenticated as a customer.")
  }
  const { result } = await registerCustomerWorkflow(req.scope).run({
    input: { customerData: req.validatedBody, authIdentityId: req.auth_context.auth_identity_id!, referral: signUpReferral(req) },
  })
  const {
    data: [customer],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: req.queryConfig.fields, filters: { id: result.id } })
  res.status(200).json({ customer })
}

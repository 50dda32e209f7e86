import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createPhoneCustomerAccountWorkflow } from "../../../workflows/customer/workflows/create-phone-customer-account"
import { signUpReferral, type SignUpRequest } from "./sign-up-additional-data"

const PhoneCustomer = z
  .object({
    first_name: z.string().trim().max(80).nullish(),
    last_name: z.string().trim().max(80).nullish(),
    company_name: z.string().trim().max(120).nullish(),
    phone: z.string().nullish(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()

/**
 * `POST /store/customers` without an email, with the registration token of a
 * phone-code login: the account is created with that phone number, and
 * `additional_data.referral_code` is claimed as at an email sign-up. Every
 * other request goes on to the sign-up route (route.ts).
 */
export async function registerPhoneCustomer(req: AuthenticatedMedusaRequest & SignUpRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  if (body.email || !req.auth_context?.auth_identity_id || req.auth_context.actor_id) {
    return next()
  }
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const phoneLogin = identity.provider_identities?.find((p) => p.provider === "phone-otp")
  if (!phoneLogin) {
    return next()
  }
  const parsed = PhoneCustomer.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issue.path.join(".") || "body"}: ${issue.message}`)
  }
  if (parsed.data.phone && parsed.data.phone !== phoneLogin.entity_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "phone must be the number this login was verified with")
  }
  const { result } = await createPhoneCustomerAccountWorkflow(req.scope).run({
    input: {
      auth_identity_id: identity.id,
      customer: { ...parsed.data, phone: phoneLogin.entity_id },
      referral: signUpReferral(req),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "phone", "first_name", "last_name", "company_name", "has_account", "metadata", "created_at", "updated_at"],
    filters: { id: result.id },
  })
  res.status(200).json({ customer })
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { SignUpReferral } from "../../../workflows/customer/workflows/register-customer"
import { StoreSignUpAdditionalData, type StoreSignUpAdditionalDataType } from "./validators"

/** A sign-up request, with the `additional_data` it carried, validated. */
export type SignUpRequest = MedusaRequest & { sign_up_additional_data?: StoreSignUpAdditionalDataType }

const SIGN_UP_PATH = "/store/customers"

/**
 * Medusa 2.21's `POST /store/customers` checks its body strictly and passes
 * its workflow no `additional_data`, so this global middleware, which runs
 * before Medusa's route middlewares, takes `additional_data` off a sign-up's
 * body, validates it (400 naming the field) and keeps it on the request for
 * Daraa's sign-up (route.ts, phone-registration.ts).
 */
export async function takeSignUpAdditionalData(req: SignUpRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
  const body = req.body as Record<string, unknown> | undefined
  if (req.method !== "POST" || path !== SIGN_UP_PATH || !body || typeof body !== "object" || !("additional_data" in body)) {
    return next()
  }
  const parsed = StoreSignUpAdditionalData.safeParse({ additional_data: body.additional_data })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${issue.path.join(".")}: ${issue.message}`)
  }
  delete body.additional_data
  req.sign_up_additional_data = parsed.data.additional_data
  next()
}

/** The referral code a sign-up carried, with the device it came from (as the claim route reads it), or null. */
export function signUpReferral(req: SignUpRequest): SignUpReferral | null {
  const code = req.sign_up_additional_data?.referral_code
  return code ? { code, device_id: req.get("x-device-id")?.trim() || null } : null
}

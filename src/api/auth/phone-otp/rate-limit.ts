import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OTP_MODULE } from "../../../modules/otp"
import type OtpModuleService from "../../../modules/otp/service"
import { clearOnSuccess } from "../login-limits"
import type { RequestPhoneOtpType, VerifyPhoneOtpType } from "./validators"

const LIMIT_MESSAGES = {
  locked: "Too many wrong codes for this number from this address; try again later.",
  cooldown: "A code was just sent; wait before asking for another.",
  phone_limit: "Too many codes for this number; try again later.",
  ip_limit: "Too many code requests from this address; try again later.",
} as const

/**
 * Counts the request against the number's and the caller's limits and answers
 * 429 with Retry-After when one is spent, before any SMS goes out. The same
 * happens for known and unknown numbers.
 */
export async function limitPhoneOtpRequests(
  req: MedusaRequest<RequestPhoneOtpType>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const otp = req.scope.resolve<OtpModuleService>(OTP_MODULE)
  const allowance = await otp.consumeSendAllowance({
    phone: req.validatedBody.phone,
    ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
  })
  if (!allowance.allowed) {
    res.setHeader("Retry-After", String(allowance.retry_after_seconds))
    res.status(429).json({ type: "too_many_requests", message: LIMIT_MESSAGES[allowance.reason] })
    return
  }
  normalisePhoneInBody(req)
  next()
}

/**
 * Counts a code check against this caller and number: past the allowed wrong
 * codes the caller (not the number) is locked out with 429 and Retry-After. A
 * correct code clears the caller's count.
 */
export async function limitPhoneOtpVerifications(
  req: MedusaRequest<VerifyPhoneOtpType>,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const otp = req.scope.resolve<OtpModuleService>(OTP_MODULE)
  const caller = { phone: req.validatedBody.phone, ip: req.ip ?? req.socket.remoteAddress ?? "unknown" }
  const allowance = await otp.consumeVerifyAllowance(caller)
  if (!allowance.allowed) {
    res.setHeader("Retry-After", String(allowance.retry_after_seconds))
    res.status(429).json({ type: "too_many_requests", message: LIMIT_MESSAGES.locked })
    return
  }
  clearOnSuccess(res, () => otp.clearVerifyAttempts(caller))
  next()
}

/** Medusa's auth route passes the raw body to the provider; give it the validated E.164 number. */
export function normalisePhoneInBody(req: MedusaRequest<RequestPhoneOtpType | VerifyPhoneOtpType>) {
  if (!req.validatedBody) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "phone is required")
  }
  req.body = { ...req.validatedBody }
}

export function normalisePhoneOtpCallbackBody(
  req: MedusaRequest<VerifyPhoneOtpType>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  normalisePhoneInBody(req)
  next()
}

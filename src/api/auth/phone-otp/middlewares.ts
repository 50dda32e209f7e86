import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { limitPhoneOtpRequests, limitPhoneOtpVerifications, normalisePhoneOtpCallbackBody } from "./rate-limit"
import { RequestPhoneOtp, VerifyPhoneOtp } from "./validators"

/** The actors that may sign in by phone code (medusa-config.ts, authMethodsPerActor). */
const PHONE_OTP_ACTORS = ["customer", "vendor", "courier"] as const

export const phoneOtpAuthMiddlewares: MiddlewareRoute[] = PHONE_OTP_ACTORS.flatMap((actor) => [
  {
    method: ["POST"],
    matcher: `/auth/${actor}/phone-otp`,
    middlewares: [validateAndTransformBody(RequestPhoneOtp), limitPhoneOtpRequests],
  },
  {
    method: ["POST"],
    matcher: `/auth/${actor}/phone-otp/callback`,
    middlewares: [validateAndTransformBody(VerifyPhoneOtp), limitPhoneOtpVerifications, normalisePhoneOtpCallbackBody],
  },
])

import { parsePhoneNumberFromString } from "libphonenumber-js/max"

/** The E.164 form of a number written in international format, or null when it is not a valid number. */
export function toE164(input: unknown): string | null {
  if (typeof input !== "string" || !input.trim().startsWith("+")) {
    return null
  }
  const parsed = parsePhoneNumberFromString(input.trim())
  return parsed && parsed.isValid() ? parsed.number : null
}

export const PHONE_FORMAT_HINT = "phone must be a valid number in E.164 format, e.g. +963944123456"

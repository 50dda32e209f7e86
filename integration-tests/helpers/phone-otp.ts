import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { smsOutbox } from "../../src/modules/sms-local/outbox"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<any> }

/** The code of the last SMS the local provider "sent" to `phone`. */
export function lastCodeSentTo(phone: string): string {
  const message = [...smsOutbox()].reverse().find((sms) => sms.to === phone)
  const code = message?.text.match(/\b(\d{6})\b/)?.[1]
  if (!code) {
    throw new Error(`No code was sent to ${phone}`)
  }
  return code
}

export function smsCountTo(phone: string): number {
  return smsOutbox().filter((sms) => sms.to === phone).length
}

/** Asks for a code and signs in with it, as an app would; returns the token. */
export async function signInByPhone(api: Api, actor: string, phone: string): Promise<string> {
  await api.post(`/auth/${actor}/phone-otp`, { phone })
  const { data } = await api.post(`/auth/${actor}/phone-otp/callback`, { phone, code: lastCodeSentTo(phone) })
  return data.token
}

/** A fresh start for the limits between tests: they are counted per number and per IP. */
export async function resetPhoneOtpLimits(container: MedusaContainer) {
  const pg = container.resolve("__pg_connection__") as any
  await pg.raw("delete from otp_rate_limit")
  await pg.raw("delete from otp_challenge")
}

/** Moves a limit window back in time, as if `seconds` had passed. */
export async function ageRateLimitWindows(container: MedusaContainer, keyPrefix: string, seconds: number) {
  const pg = container.resolve("__pg_connection__") as any
  await pg.raw(
    "update otp_rate_limit set window_started_at = window_started_at - make_interval(secs => ?) where key like ?",
    [seconds, `${keyPrefix}%`]
  )
}

export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY) as any
  const key = await apiKeys.createApiKeys({ title: "Test storefront", type: "publishable", created_by: "test" })
  return key.token
}

export function bearer(token: string, publishableKey?: string) {
  return {
    headers: {
      authorization: `Bearer ${token}`,
      ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
    },
  }
}

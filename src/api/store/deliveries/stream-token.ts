import { createHmac, timingSafeEqual } from "crypto"

/**
 * A short-lived token that lets a browser's EventSource, which cannot send
 * headers, open one delivery's stream as one customer:
 * `base64url(payload).base64url(hmac-sha256(JWT_SECRET, payload))`. It also
 * carries the storefront's publishable key, which /store needs as a header.
 */
export type StreamTokenPayload = { delivery_id: string; customer_id: string; publishable_key: string; expires_at: number }

export const STREAM_TOKEN_TTL_SECONDS = 30 * 60

const sign = (secret: string, body: string) => createHmac("sha256", secret).update(`delivery-stream.${body}`).digest("base64url")

export function issueStreamToken(secret: string, input: Omit<StreamTokenPayload, "expires_at">, now = Date.now()): { token: string; expires_at: string } {
  const expires_at = Math.floor(now / 1000) + STREAM_TOKEN_TTL_SECONDS
  const body = Buffer.from(JSON.stringify({ d: input.delivery_id, c: input.customer_id, k: input.publishable_key, e: expires_at })).toString("base64url")
  return { token: `${body}.${sign(secret, body)}`, expires_at: new Date(expires_at * 1000).toISOString() }
}

/** The token's payload when it is genuine and unexpired; null otherwise. `secret` null reads without checking (the publishable key only). */
export function readStreamToken(secret: string | null, token: unknown, now = Date.now()): StreamTokenPayload | null {
  if (typeof token !== "string" || token.length > 2000) {
    return null
  }
  const [body, signature, extra] = token.split(".")
  if (!body || !signature || extra !== undefined) {
    return null
  }
  if (secret !== null) {
    const expected = Buffer.from(sign(secret, body))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return null
    }
  }
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
    if (typeof payload?.d !== "string" || typeof payload?.c !== "string" || typeof payload?.k !== "string" || typeof payload?.e !== "number") {
      return null
    }
    if (secret !== null && payload.e * 1000 <= now) {
      return null
    }
    return { delivery_id: payload.d, customer_id: payload.c, publishable_key: payload.k, expires_at: payload.e }
  } catch {
    return null
  }
}

import { createHmac, randomInt } from "crypto"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { rateLimitCounters, type RateLimitCounters } from "../security/counters"
import { OtpChallenge } from "./models/otp-challenge"
import { OtpRateLimit } from "./models/otp-rate-limit"

export type OtpModuleOptions = {
  /** Server secret mixed into the code hash, so a leaked table cannot be brute-forced offline. */
  code_secret: string
  code_ttl_seconds?: number
  /** Wrong codes that kill a code (from anyone), and that lock one caller out of one number. */
  max_failed_attempts?: number
  /** How long a caller's wrong codes for a number count against it. */
  attempts_window_seconds?: number
  resend_cooldown_seconds?: number
  max_sends_per_phone_per_hour?: number
  max_sends_per_ip_per_hour?: number
  /** With a Redis URL the send and verify counters live in Redis; without, in otp_rate_limit. Codes stay in the database. */
  redis_url?: string
}

export type IssuedCode = { code: string; expires_in_seconds: number }

export type VerifyAllowance = { allowed: true } | { allowed: false; reason: "locked"; retry_after_seconds: number }

export type SendAllowance =
  | { allowed: true }
  | { allowed: false; reason: "locked" | "cooldown" | "phone_limit" | "ip_limit"; retry_after_seconds: number }

const HOUR_SECONDS = 3600

export const OTP_DEFAULTS = {
  code_ttl_seconds: 600,
  max_failed_attempts: 5,
  attempts_window_seconds: HOUR_SECONDS,
  resend_cooldown_seconds: 60,
  max_sends_per_phone_per_hour: 5,
  max_sends_per_ip_per_hour: 30,
  redis_url: "",
}

/**
 * One-time codes and their limits. Codes live in the database and every code
 * check is one atomic SQL statement; the limits are counters in the store the
 * security module's sign-in limits use (Redis with `redis_url`, else
 * otp_rate_limit). Either way several server instances share them.
 */
class OtpModuleService extends MedusaService({ OtpChallenge, OtpRateLimit }) {
  protected readonly settings_: Required<OtpModuleOptions>
  protected readonly counters_: RateLimitCounters
  protected readonly __hooks = { onApplicationShutdown: async () => await this.counters_.close() }

  constructor(container: Record<string, unknown>, options: OtpModuleOptions) {
    super(...arguments)
    if (!options?.code_secret) {
      throw new Error("The otp module needs a code_secret option.")
    }
    this.settings_ = { ...OTP_DEFAULTS, ...options }
    this.counters_ = rateLimitCounters({
      redis_url: this.settings_.redis_url || undefined,
      namespace: "otp",
      table: "otp_rate_limit",
      id_prefix: "otprl",
    })
  }

  /** Where the limit counters live: "redis" or "postgres". */
  get counterStore(): RateLimitCounters["store"] {
    return this.counters_.store
  }

  get settings(): Readonly<Required<OtpModuleOptions>> {
    return this.settings_
  }

  hashCode(phone: string, code: string): string {
    return createHmac("sha256", this.settings_.code_secret).update(`${phone}:${code}`).digest("hex")
  }

  /**
   * Checks, in order, the caller's lock-out for this number (its own wrong
   * codes), the IP's hourly budget, the resend cooldown and the number's hourly
   * budget. Each allowed check counts a hit. A stranger's wrong codes never
   * lock the number for anyone else.
   */
  @InjectManager()
  async consumeSendAllowance(
    input: { phone: string; ip: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SendAllowance> {
    const lockedFor = await this.secondsUntilCallerUnlocked_(input.phone, input.ip, sharedContext)
    if (lockedFor > 0) {
      return { allowed: false, reason: "locked", retry_after_seconds: lockedFor }
    }
    const checks = [
      { reason: "ip_limit", key: `ip:${input.ip}`, limit: this.settings_.max_sends_per_ip_per_hour, window: HOUR_SECONDS },
      { reason: "cooldown", key: `cooldown:${input.phone}`, limit: 1, window: this.settings_.resend_cooldown_seconds },
      { reason: "phone_limit", key: `phone:${input.phone}`, limit: this.settings_.max_sends_per_phone_per_hour, window: HOUR_SECONDS },
    ] as const
    for (const check of checks) {
      const { hits, seconds_left } = await this.counters_.hit(check.key, check.window, sharedContext)
      if (hits > check.limit) {
        return { allowed: false, reason: check.reason, retry_after_seconds: Math.max(1, Math.ceil(seconds_left)) }
      }
    }
    return { allowed: true }
  }

  /**
   * Counts one code check by this caller for this number. Attempts, not only
   * failures, are counted so that parallel guesses cannot slip past; a correct
   * code clears the count (`clearVerifyAttempts`). Past `max_failed_attempts`
   * the caller is locked out of this number until the window ends.
   */
  @InjectManager()
  async consumeVerifyAllowance(
    input: { phone: string; ip: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<VerifyAllowance> {
    const { hits, seconds_left } = await this.counters_.hit(
      this.verifyKey_(input.phone, input.ip),
      this.settings_.attempts_window_seconds,
      sharedContext
    )
    if (hits > this.settings_.max_failed_attempts) {
      return { allowed: false, reason: "locked", retry_after_seconds: Math.max(1, Math.ceil(seconds_left)) }
    }
    return { allowed: true }
  }

  @InjectManager()
  async clearVerifyAttempts(input: { phone: string; ip: string }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.counters_.clear(this.verifyKey_(input.phone, input.ip), sharedContext)
  }

  /**
   * Stores a fresh code for the number and returns it in clear, once, for the
   * SMS. A fresh code starts with no failures: the limits that span codes are
   * the caller's lock-out and the number's hourly budget of codes.
   */
  @InjectManager()
  async issueCode(phone: string, @MedusaContext() sharedContext: Context = {}): Promise<IssuedCode> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0")
    const { code_ttl_seconds, attempts_window_seconds } = this.settings_
    await this.execute_(
      sharedContext,
      `insert into otp_challenge (id, phone, code_hash, code_expires_at, failed_attempts, attempts_reset_at, created_at, updated_at)
       values (?, ?, ?, now() + make_interval(secs => ?), 0, now() + make_interval(secs => ?), now(), now())
       on conflict (phone) where deleted_at is null do update set
         failed_attempts = 0,
         attempts_reset_at = excluded.attempts_reset_at,
         code_hash = excluded.code_hash,
         code_expires_at = excluded.code_expires_at,
         updated_at = now()`,
      [generateEntityId(undefined, "otp"), phone, this.hashCode(phone, code), code_ttl_seconds, attempts_window_seconds]
    )
    return { code, expires_in_seconds: code_ttl_seconds }
  }

  /**
   * Uses the number's code if it matches, is unexpired and not dead. A wrong
   * code counts a failure; the last allowed failure kills the code.
   */
  @InjectManager()
  async verifyCode(phone: string, code: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const max = this.settings_.max_failed_attempts
    const rows = await this.execute_(
      sharedContext,
      `with live as (
         select id, code_hash = ? as matches from otp_challenge
         where phone = ? and deleted_at is null and code_hash is not null
           and code_expires_at > now() and failed_attempts < ?
         for update
       )
       update otp_challenge c set
         failed_attempts = case when live.matches then 0 else c.failed_attempts + 1 end,
         code_hash = case when live.matches or c.failed_attempts + 1 >= ? then null else c.code_hash end,
         updated_at = now()
       from live where c.id = live.id
       returning live.matches`,
      [this.hashCode(phone, code), phone, max, max]
    )
    return rows.length === 1 && rows[0].matches === true
  }

  protected verifyKey_(phone: string, ip: string): string {
    return `verify:${phone}:${ip}`
  }

  protected async secondsUntilCallerUnlocked_(phone: string, ip: string, sharedContext: Context): Promise<number> {
    const { hits, seconds_left } = await this.counters_.peek(
      this.verifyKey_(phone, ip),
      this.settings_.attempts_window_seconds,
      sharedContext
    )
    return hits >= this.settings_.max_failed_attempts && seconds_left > 0 ? Math.max(1, Math.ceil(seconds_left)) : 0
  }

  protected async execute_(sharedContext: Context, sql: string, params: unknown[]): Promise<any[]> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return await manager.execute(sql, params)
  }
}

export default OtpModuleService

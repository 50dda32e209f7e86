import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { rateLimitCounters, type RateLimitCounters } from "./counters"
import { RateLimitCounter } from "./models/rate-limit-counter"

export type SecurityModuleOptions = {
  /** Proxy hops in front of the server whose X-Forwarded-For is believed; 0 believes none. */
  trust_proxy?: number
  /** Browser origins allowed to call /vendor and /courier, comma-separated as STORE_CORS. */
  vendor_cors?: string
  courier_cors?: string
  /** Password sign-in attempts allowed per identity (email) and per client IP in one window. */
  login_attempts_per_identity?: number
  login_attempts_per_ip?: number
  login_window_seconds?: number
  /** With a Redis URL the sign-in counters live in Redis; without, in the rate_limit_counter table. */
  redis_url?: string
}

export type LoginAllowance =
  | { allowed: true }
  | { allowed: false; reason: "identity_limit" | "ip_limit"; retry_after_seconds: number }

export const SECURITY_DEFAULTS = {
  trust_proxy: 0,
  vendor_cors: "",
  courier_cors: "",
  login_attempts_per_identity: 10,
  login_attempts_per_ip: 100,
  login_window_seconds: 15 * 60,
  redis_url: "",
}

/**
 * Daraa's HTTP security settings, read once from medusa-config, and the
 * sign-in counters. The counters live where every server instance sees them:
 * in Redis when `redis_url` is set, else in the database (./counters).
 */
class SecurityModuleService extends MedusaService({ RateLimitCounter }) {
  protected readonly settings_: Required<SecurityModuleOptions>
  protected readonly counters_: RateLimitCounters
  protected readonly __hooks = { onApplicationShutdown: async () => await this.counters_.close() }

  constructor(container: Record<string, unknown>, options: SecurityModuleOptions = {}) {
    super(...arguments)
    this.settings_ = { ...SECURITY_DEFAULTS, ...options }
    this.counters_ = rateLimitCounters({
      redis_url: this.settings_.redis_url || undefined,
      namespace: "security",
      table: "rate_limit_counter",
      id_prefix: "rlc",
    })
  }

  /** Where the counters live: "redis" or "postgres". */
  get counterStore(): RateLimitCounters["store"] {
    return this.counters_.store
  }

  get settings(): Readonly<Required<SecurityModuleOptions>> {
    return this.settings_
  }

  /**
   * Counts a password sign-in attempt against the identity and the caller's IP.
   * Attempts, not failures, are counted, so parallel guesses cannot slip past;
   * a successful sign-in then clears the identity's count and takes itself off
   * the IP's (`recordLoginSuccess`), so an office of colleagues signing in is
   * not limited, only wrong passwords are.
   */
  @InjectManager()
  async consumeLoginAttempt(
    input: { identity: string | null; ip: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<LoginAllowance> {
    const window = this.settings_.login_window_seconds
    const ip = await this.counters_.hit(`login:ip:${input.ip}`, window, sharedContext)
    if (ip.hits > this.settings_.login_attempts_per_ip) {
      return { allowed: false, reason: "ip_limit", retry_after_seconds: Math.max(1, Math.ceil(ip.seconds_left)) }
    }
    if (input.identity) {
      const identity = await this.counters_.hit(`login:identity:${input.identity}`, window, sharedContext)
      if (identity.hits > this.settings_.login_attempts_per_identity) {
        return { allowed: false, reason: "identity_limit", retry_after_seconds: Math.max(1, Math.ceil(identity.seconds_left)) }
      }
    }
    return { allowed: true }
  }

  @InjectManager()
  async recordLoginSuccess(input: { identity: string; ip: string }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.counters_.clear(`login:identity:${input.identity}`, sharedContext)
    await this.counters_.takeBack(`login:ip:${input.ip}`, sharedContext)
  }
}

export default SecurityModuleService

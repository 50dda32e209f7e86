import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService, generateEntityId } from "@medusajs/framework/utils"
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
}

/**
 * Daraa's HTTP security settings, read once from medusa-config, and the
 * sign-in counters. Each count is one SQL statement on the database clock, so
 * every server instance counts against the same windows.
 */
class SecurityModuleService extends MedusaService({ RateLimitCounter }) {
  protected readonly settings_: Required<SecurityModuleOptions>

  constructor(container: Record<string, unknown>, options: SecurityModuleOptions = {}) {
    super(...arguments)
    this.settings_ = { ...SECURITY_DEFAULTS, ...options }
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
    const ip = await this.hit_(`login:ip:${input.ip}`, window, sharedContext)
    if (ip.hits > this.settings_.login_attempts_per_ip) {
      return { allowed: false, reason: "ip_limit", retry_after_seconds: Math.max(1, Math.ceil(ip.seconds_left)) }
    }
    if (input.identity) {
      const identity = await this.hit_(`login:identity:${input.identity}`, window, sharedContext)
      if (identity.hits > this.settings_.login_attempts_per_identity) {
        return { allowed: false, reason: "identity_limit", retry_after_seconds: Math.max(1, Math.ceil(identity.seconds_left)) }
      }
    }
    return { allowed: true }
  }

  @InjectManager()
  async recordLoginSuccess(input: { identity: string; ip: string }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.execute_(sharedContext, `delete from rate_limit_counter where key = ?`, [`login:identity:${input.identity}`])
    await this.execute_(sharedContext, `update rate_limit_counter set hits = greatest(hits - 1, 0) where key = ?`, [`login:ip:${input.ip}`])
  }

  protected async hit_(key: string, windowSeconds: number, sharedContext: Context) {
    const rows = await this.execute_(
      sharedContext,
      `insert into rate_limit_counter (id, key, window_started_at, hits, created_at, updated_at)
       values (?, ?, now(), 1, now(), now())
       on conflict (key) where deleted_at is null do update set
         hits = case when rate_limit_counter.window_started_at <= now() - make_interval(secs => ?) then 1 else rate_limit_counter.hits + 1 end,
         window_started_at = case when rate_limit_counter.window_started_at <= now() - make_interval(secs => ?) then now() else rate_limit_counter.window_started_at end,
         updated_at = now()
       returning hits, extract(epoch from (window_started_at + make_interval(secs => ?) - now())) as seconds_left`,
      [generateEntityId(undefined, "rlc"), key, windowSeconds, windowSeconds, windowSeconds]
    )
    return { hits: Number(rows[0].hits), seconds_left: Number(rows[0].seconds_left) }
  }

  protected async execute_(sharedContext: Context, sql: string, params: unknown[]): Promise<any[]> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return await manager.execute(sql, params)
  }
}

export default SecurityModuleService

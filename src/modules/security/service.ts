import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { AdminRole } from "./admin-roles"
import { rateLimitCounters, type RateLimitCounters } from "./counters"
import { IpRangeSet } from "./ip-ranges"
import { AdminRoleAssignment } from "./models/admin-role-assignment"
import { AuditLogEntry } from "./models/audit-log-entry"
import { IpBlock } from "./models/ip-block"
import { RateLimitCounter } from "./models/rate-limit-counter"
import { SecurityEvent, type SecurityEventType } from "./models/security-event"

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
  /** How long a server instance keeps the blocklist before reading it again (another instance's change shows within this). */
  ip_block_cache_seconds?: number
  /** 401 answers to one IP in one alert window that make a `repeated_unauthorized` event. */
  unauthorized_per_ip?: number
  /** Security events from one IP in one window that raise an admin notification, once per window. */
  alert_events_per_ip?: number
  alert_window_seconds?: number
}

export type AdminRoleOfUser = { user_id: string; role: AdminRole; recorded: boolean }

export type RecordSecurityEventInput = {
  type: SecurityEventType
  ip: string
  identity?: string | null
  method?: string | null
  path?: string | null
  details?: Record<string, unknown> | null
}

export type LoginAllowance =
  | { allowed: true }
  | { allowed: false; reason: "identity_limit" | "ip_limit"; retry_after_seconds: number; first_refusal: boolean }

export const SECURITY_DEFAULTS = {
  trust_proxy: 0,
  vendor_cors: "",
  courier_cors: "",
  login_attempts_per_identity: 10,
  login_attempts_per_ip: 100,
  login_window_seconds: 15 * 60,
  redis_url: "",
  ip_block_cache_seconds: 10,
  unauthorized_per_ip: 20,
  alert_events_per_ip: 3,
  alert_window_seconds: 15 * 60,
}

/**
 * Daraa's HTTP security settings, read once from medusa-config, and the
 * sign-in counters. The counters live where every server instance sees them:
 * in Redis when `redis_url` is set, else in the database (./counters).
 */
class SecurityModuleService extends MedusaService({ RateLimitCounter, AdminRoleAssignment, AuditLogEntry, IpBlock, SecurityEvent }) {
  protected readonly settings_: Required<SecurityModuleOptions>
  protected readonly counters_: RateLimitCounters
  protected blocklist_: { ranges: IpRangeSet; loaded_at: number } | null = null
  protected blocklistLoading_: Promise<IpRangeSet> | null = null
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
      return {
        allowed: false,
        reason: "ip_limit",
        retry_after_seconds: Math.max(1, Math.ceil(ip.seconds_left)),
        first_refusal: ip.hits === this.settings_.login_attempts_per_ip + 1,
      }
    }
    if (input.identity) {
      const identity = await this.counters_.hit(`login:identity:${input.identity}`, window, sharedContext)
      if (identity.hits > this.settings_.login_attempts_per_identity) {
        return {
          allowed: false,
          reason: "identity_limit",
          retry_after_seconds: Math.max(1, Math.ceil(identity.seconds_left)),
          first_refusal: identity.hits === this.settings_.login_attempts_per_identity + 1,
        }
      }
    }
    return { allowed: true }
  }

  @InjectManager()
  async recordLoginSuccess(input: { identity: string; ip: string }, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.counters_.clear(`login:identity:${input.identity}`, sharedContext)
    await this.counters_.takeBack(`login:ip:${input.ip}`, sharedContext)
  }

  // ------------------------------------------------------------ admin roles

  /**
   * An admin's role: the recorded one, else `support`. While no super admin
   * is recorded at all (a fresh or upgraded installation), a user without a
   * role counts as `super_admin`, so that someone can hand out the roles.
   */
  @InjectManager()
  async adminRoleOf(user_id: string, @MedusaContext() sharedContext: Context = {}): Promise<AdminRoleOfUser> {
    const [assignment] = await this.listAdminRoleAssignments({ user_id }, { take: 1 }, sharedContext)
    if (assignment) {
      return { user_id, role: assignment.role as AdminRole, recorded: true }
    }
    const [, superAdmins] = await this.listAndCountAdminRoleAssignments({ role: "super_admin" }, { take: 1, select: ["id"] }, sharedContext)
    return { user_id, role: superAdmins ? "support" : "super_admin", recorded: false }
  }

  /**
   * Records `role` for a user, one change at a time (a transaction lock), and
   * answers the assignment before it, to restore on compensation. Refuses to
   * leave no super admin: demoting the last one, or recording another role
   * while none is recorded.
   */
  @InjectTransactionManager()
  async assignAdminRole(
    input: { user_id: string; role: AdminRole; assigned_by: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: { role: AdminRole; assigned_by: string | null } | null }> {
    await (sharedContext.transactionManager as any).execute("select pg_advisory_xact_lock(hashtext('daraa:admin_role_assignment'))")
    const [current] = await this.listAdminRoleAssignments({ user_id: input.user_id }, { take: 1 }, sharedContext)
    if (input.role !== "super_admin") {
      const [, superAdmins] = await this.listAndCountAdminRoleAssignments({ role: "super_admin" }, { take: 1, select: ["id"] }, sharedContext)
      if (!superAdmins) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "No super_admin is recorded yet: make someone super_admin first, or every admin without a role would lose access."
        )
      }
      if (current?.role === "super_admin" && superAdmins <= 1) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `User ${input.user_id} is the last super_admin; make another admin super_admin first.`)
      }
    }
    if (current) {
      await this.updateAdminRoleAssignments({ id: current.id, role: input.role, assigned_by: input.assigned_by }, sharedContext)
    } else {
      await this.createAdminRoleAssignments({ user_id: input.user_id, role: input.role, assigned_by: input.assigned_by }, sharedContext)
    }
    return { previous: current ? { role: current.role as AdminRole, assigned_by: current.assigned_by } : null }
  }

  /** Puts back what `assignAdminRole` replaced: the previous assignment, or none. */
  @InjectTransactionManager()
  async restoreAdminRole(
    input: { user_id: string; previous: { role: AdminRole; assigned_by: string | null } | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const [current] = await this.listAdminRoleAssignments({ user_id: input.user_id }, { take: 1 }, sharedContext)
    if (!input.previous) {
      if (current) {
        await this.deleteAdminRoleAssignments(current.id, sharedContext)
      }
      return
    }
    if (current) {
      await this.updateAdminRoleAssignments({ id: current.id, ...input.previous }, sharedContext)
    } else {
      await this.createAdminRoleAssignments({ user_id: input.user_id, ...input.previous }, sharedContext)
    }
  }

  /** Whether removing this user would leave no recorded super admin. */
  @InjectManager()
  async isLastSuperAdmin(user_id: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const superAdmins = await this.listAdminRoleAssignments({ role: "super_admin" }, { select: ["user_id"], take: 2 }, sharedContext)
    return superAdmins.length === 1 && superAdmins[0].user_id === user_id
  }

  // ------------------------------------------------------------ IP blocklist

  /**
   * Whether `ip` is blocked. The blocklist is read once per
   * `ip_block_cache_seconds` per instance, and at once after a change made
   * through this instance (`forgetIpBlocks`).
   */
  async isIpBlocked(ip: string): Promise<boolean> {
    return (await this.blockedRanges()).contains(ip)
  }

  forgetIpBlocks(): void {
    this.blocklist_ = null
  }

  protected async blockedRanges(): Promise<IpRangeSet> {
    const fresh = this.blocklist_ && Date.now() - this.blocklist_.loaded_at < this.settings_.ip_block_cache_seconds * 1000
    if (fresh) {
      return this.blocklist_!.ranges
    }
    // One read at a time, however many requests arrive while it runs.
    this.blocklistLoading_ ??= this.listIpBlocks({}, { select: ["address", "prefix_length", "family"] })
      .then((blocks) => {
        const ranges = new IpRangeSet(blocks.map((block) => ({ ...block, family: block.family as "ipv4" | "ipv6" })))
        this.blocklist_ = { ranges, loaded_at: Date.now() }
        return ranges
      })
      .finally(() => {
        this.blocklistLoading_ = null
      })
    return await this.blocklistLoading_
  }

  // ------------------------------------------------------------ security events

  /**
   * Records an event and says whether its IP has now reached
   * `alert_events_per_ip` events in the alert window: true once per window,
   * on the event that reaches it, so admins hear of it once, not per event.
   */
  @InjectManager()
  async recordSecurityEvent(
    input: RecordSecurityEventInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; alert: { ip: string; events: number; window_minutes: number } | null }> {
    const event = await this.createSecurityEvents(
      {
        type: input.type,
        ip: input.ip,
        identity: input.identity ?? null,
        method: input.method ?? null,
        path: input.path ?? null,
        details: input.details ?? null,
      },
      sharedContext
    )
    const count = await this.counters_.hit(`alert:ip:${input.ip}`, this.settings_.alert_window_seconds, sharedContext)
    const alert =
      count.hits === this.settings_.alert_events_per_ip
        ? { ip: input.ip, events: count.hits, window_minutes: Math.round(this.settings_.alert_window_seconds / 60) }
        : null
    return { id: event.id, alert }
  }

  /** Counts a 401 answered to `ip`; true on the one that reaches `unauthorized_per_ip` in the alert window. */
  @InjectManager()
  async countUnauthorized(ip: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const count = await this.counters_.hit(`unauthorized:ip:${ip}`, this.settings_.alert_window_seconds, sharedContext)
    return count.hits === this.settings_.unauthorized_per_ip
  }
}

export default SecurityModuleService

import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { LoyaltySettings } from "./models/loyalty-settings"
import { LoyaltyTier } from "./models/loyalty-tier"
import { PointsEntry, type PointsEntryType, type PointsReferenceType } from "./models/points-entry"
import { LoyaltyDevice, PointsExpiryWarning, Referral, ReferralCode } from "./models/referral"
import { lotsToExpire, type LedgerEntryLike } from "./points-rules"

type Knex = ReturnType<EntityManager["getKnex"]>

export type AppendPointsInput = {
  customer_id: string
  type: PointsEntryType
  points: number
  reference_type: PointsReferenceType
  reference_id: string
  idempotency_key: string
  expires_at?: Date | null
  currency_code?: string | null
  value?: string | null
  multiplier?: number | null
  note?: string | null
  actor_type?: string | null
  actor_id?: string | null
}

export type PointsEntryRow = {
  id: string
  customer_id: string
  type: PointsEntryType
  points: number
  reference_type: PointsReferenceType
  reference_id: string
  idempotency_key: string
  expires_at: Date | null
  currency_code: string | null
  value: string | null
  multiplier: number | null
  note: string | null
  actor_type: string | null
  actor_id: string | null
  created_at: Date
}

const ENTRY_COLUMNS =
  "id, customer_id, type, points, reference_type, reference_id, idempotency_key, expires_at, currency_code, value::text as value, multiplier, note, actor_type, actor_id, created_at"

/**
 * Points are an append-only list of entries per customer; the balance is
 * their sum. Every change of one customer's points that depends on the
 * balance (a redemption, an expiry) runs in one database transaction under a
 * lock on that customer (`pg_advisory_xact_lock`), so two checkouts at once
 * cannot spend the same points, on one server or many.
 */
class LoyaltyModuleService extends MedusaService({
  PointsEntry,
  LoyaltyTier,
  LoyaltySettings,
  ReferralCode,
  Referral,
  LoyaltyDevice,
  PointsExpiryWarning,
}) {
  private knexOf(sharedContext: Context<EntityManager>): Knex {
    return (sharedContext.transactionManager?.getTransactionContext() ?? sharedContext.manager!.getKnex()) as Knex
  }

  private async lockCustomer(knex: Knex, customerId: string) {
    await knex.raw(`select pg_advisory_xact_lock(hashtext(?))`, [`loyalty:${customerId}`])
  }

  private async insertEntry(knex: Knex, input: AppendPointsInput): Promise<{ entry: PointsEntryRow; created: boolean }> {
    const { rows } = await knex.raw(
      `insert into points_entry (id, customer_id, type, points, reference_type, reference_id, idempotency_key, expires_at,
                                 currency_code, value, raw_value, multiplier, note, actor_type, actor_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (idempotency_key) where deleted_at is null do nothing
       returning ${ENTRY_COLUMNS}`,
      [
        generateEntityId(undefined, "lpe"),
        input.customer_id,
        input.type,
        input.points,
        input.reference_type,
        input.reference_id,
        input.idempotency_key,
        input.expires_at ?? null,
        input.currency_code ?? null,
        input.value ?? null,
        input.value === undefined || input.value === null ? null : JSON.stringify({ value: input.value, precision: 20 }),
        input.multiplier ?? null,
        input.note ?? null,
        input.actor_type ?? null,
        input.actor_id ?? null,
      ]
    )
    if (rows.length) {
      return { entry: rows[0], created: true }
    }
    const { rows: existing } = await knex.raw(`select ${ENTRY_COLUMNS} from points_entry where idempotency_key = ? and deleted_at is null`, [
      input.idempotency_key,
    ])
    return { entry: existing[0], created: false }
  }

  /** Appends one entry, once per idempotency key: a replay answers the first entry (`created: false`). */
  @InjectTransactionManager()
  async appendPointsEntry(input: AppendPointsInput, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = this.knexOf(sharedContext)
    await this.lockCustomer(knex, input.customer_id)
    return this.insertEntry(knex, input)
  }

  /**
   * Spends points, under the customer's lock: refused with 400 when the
   * balance (read under the lock) is short. A replayed key answers the first
   * redemption and spends nothing more.
   */
  @InjectTransactionManager()
  async redeemPoints(input: Omit<AppendPointsInput, "type">, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = this.knexOf(sharedContext)
    await this.lockCustomer(knex, input.customer_id)
    const { rows: replay } = await knex.raw(`select ${ENTRY_COLUMNS} from points_entry where idempotency_key = ? and deleted_at is null`, [
      input.idempotency_key,
    ])
    if (replay.length) {
      return { entry: replay[0] as PointsEntryRow, created: false }
    }
    const balance = await this.sumPoints(knex, input.customer_id)
    if (balance < input.points) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `points: ${input.points} points exceed the balance of ${Math.max(balance, 0)} points; remove the points from the cart or redeem fewer.`
      )
    }
    return this.insertEntry(knex, { ...input, points: -input.points, type: "redeemed" })
  }

  /**
   * Expires, oldest first, every lot of the customer whose date has passed,
   * one `expired` entry per lot for what is left of it (key `expire:<lot>`).
   */
  @InjectTransactionManager()
  async expireCustomerPoints(customerId: string, now: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = this.knexOf(sharedContext)
    await this.lockCustomer(knex, customerId)
    const entries = await this.entriesFor(knex, customerId)
    const expired: PointsEntryRow[] = []
    for (const lot of lotsToExpire(entries, now)) {
      const { entry, created } = await this.insertEntry(knex, {
        customer_id: customerId,
        type: "expired",
        points: -lot.remaining,
        reference_type: "points_entry",
        reference_id: lot.entry_id,
        idempotency_key: `expire:${lot.entry_id}`,
      })
      if (created) {
        expired.push(entry)
      }
    }
    return expired
  }

  /** Removes an entry that a failed workflow wrote (its compensation): the movement never happened. */
  @InjectTransactionManager()
  async removeUncommittedEntry(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await this.knexOf(sharedContext).raw(`delete from points_entry where id = ?`, [id])
  }

  private async sumPoints(knex: Knex, customerId: string): Promise<number> {
    const { rows } = await knex.raw(`select coalesce(sum(points), 0)::int as balance from points_entry where customer_id = ? and deleted_at is null`, [
      customerId,
    ])
    return rows[0].balance
  }

  private async entriesFor(knex: Knex, customerId: string): Promise<(LedgerEntryLike & PointsEntryRow)[]> {
    const { rows } = await knex.raw(`select ${ENTRY_COLUMNS} from points_entry where customer_id = ? and deleted_at is null order by created_at, id`, [
      customerId,
    ])
    return rows
  }

  @InjectManager()
  async pointsBalance(customerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    return this.sumPoints(this.knexOf(sharedContext), customerId)
  }

  /** Every entry of a customer, oldest first: what the lots and the expiry are computed from. */
  @InjectManager()
  async customerEntries(customerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    return this.entriesFor(this.knexOf(sharedContext), customerId)
  }

  /** Points earned since `since` (earnings less their reversals; points given back from a cancelled order are not earned): what the tier is measured on. */
  @InjectManager()
  async pointsEarnedSince(customerId: string, since: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const { rows } = await this.knexOf(sharedContext).raw(
      `select coalesce(sum(points), 0)::int as earned from points_entry
        where customer_id = ? and (type = 'earned' or (type = 'reversed' and points < 0)) and created_at >= ? and deleted_at is null`,
      [customerId, since]
    )
    return rows[0].earned
  }

  /** Customers holding a lot that expires by `until`: who the daily job looks at. */
  @InjectManager()
  async customersWithLotsExpiringBy(until: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    const { rows } = await this.knexOf(sharedContext).raw(
      `select distinct customer_id from points_entry where points > 0 and expires_at <= ? and deleted_at is null`,
      [until]
    )
    return rows.map((row: { customer_id: string }) => row.customer_id)
  }

  /** Records the 7-day warning of a lot; false when it was already sent. */
  @InjectManager()
  async claimExpiryWarning(entryId: string, customerId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const { rows } = await this.knexOf(sharedContext).raw(
      `insert into points_expiry_warning (id, entry_id, customer_id) values (?, ?, ?)
       on conflict (entry_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "lpew"), entryId, customerId]
    )
    return rows.length > 0
  }

  /** Marks a pending referral rewarded, once: false when another delivery got there first. */
  @InjectManager()
  async markReferralRewarded(id: string, orderId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const { rows } = await this.knexOf(sharedContext).raw(
      `update referral set status = 'rewarded', rewarded_order_id = ?, rewarded_at = now(), updated_at = now()
        where id = ? and status = 'pending' and deleted_at is null returning id`,
      [orderId, id]
    )
    return rows.length > 0
  }

  /** Records that a customer used a device (idempotent). */
  @InjectManager()
  async recordDevice(customerId: string, deviceId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await this.knexOf(sharedContext).raw(
      `insert into loyalty_device (id, customer_id, device_id) values (?, ?, ?)
       on conflict (customer_id, device_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "ldev"), customerId, deviceId]
    )
  }

  /** The programme's settings (one row, written by the migration). */
  async currentSettings() {
    const [settings] = await this.listLoyaltySettings({}, { take: 1, order: { created_at: "ASC" } })
    if (!settings) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The loyalty settings row is missing; run the database migrations.")
    }
    return settings
  }
}

export default LoyaltyModuleService

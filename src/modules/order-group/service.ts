import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { OrderGroup } from "./models/order-group"
import { VendorOrderRefund } from "./models/vendor-order-refund"
import { VendorOrderState } from "./models/vendor-order-state"
import { VendorOrderStatusChange } from "./models/vendor-order-status-change"
import { capturePlanFor, DEFAULT_CAPTURE_RULES, type CapturePlan, type CaptureRules } from "./capture-plan"
import {
  nextVendorOrderStatus,
  VENDOR_ORDER_TIMESTAMPS,
  type VendorOrderAction,
  type VendorOrderStatus,
} from "./vendor-order-status"

export type VendorOrderTransition = {
  id: string
  order_id: string
  vendor_id: string
  from: VendorOrderStatus
  to: VendorOrderStatus
  // The reason before the transition, put back if it is undone.
  previous_reason: string | null
  // The status change row written with it, and when.
  change_id: string
  at: Date
}

/** Who moved a vendor order: `system` is a job or Medusa's own cancel. */
export type VendorOrderActor = { type: "vendor" | "customer" | "admin" | "courier" | "system"; id?: string | null }

type ModuleOptions = { accept_window_minutes?: number; capture?: Partial<CaptureRules> }

class OrderGroupModuleService extends MedusaService({ OrderGroup, VendorOrderState, VendorOrderRefund, VendorOrderStatusChange }) {
  protected readonly acceptWindowMinutes: number
  protected readonly captureRules: CaptureRules

  constructor(dependencies: Record<string, unknown>, options: ModuleOptions = {}) {
    super(...arguments)
    this.acceptWindowMinutes = options.accept_window_minutes ?? 15
    this.captureRules = { ...DEFAULT_CAPTURE_RULES, ...(options.capture ?? {}) }
  }

  /** When the shares of a checkout paid with `providerId` are captured (`PAYMENT_CAPTURE` and the rail's kind). */
  capturePlanFor(providerId: string): CapturePlan {
    return capturePlanFor(providerId, this.captureRules)
  }

  /**
   * Records refunds of vendor orders' payments, once each: answers only those
   * not recorded before, so that each is announced exactly once however many
   * times the same refund is reported.
   */
  @InjectManager()
  async recordVendorOrderRefunds(
    refunds: { refund_id: string; order_id: string; payment_id: string; amount: string; currency_code: string }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ refund_id: string; order_id: string; amount: string; currency_code: string }[]> {
    if (!refunds.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const values = refunds.map(() => "(?, ?, ?, ?, ?, ?, ?)").join(", ")
    const bindings = refunds.flatMap((refund) => [
      `vorf_${refund.refund_id}`,
      refund.refund_id,
      refund.order_id,
      refund.payment_id,
      refund.amount,
      JSON.stringify({ value: refund.amount, precision: 20 }),
      refund.currency_code,
    ])
    // The unique index on refund_id is partial (live rows), so the conflict target names its predicate.
    const { rows: inserted } = await knex.raw(
      `insert into vendor_order_refund (id, refund_id, order_id, payment_id, amount, raw_amount, currency_code)
       values ${values}
       on conflict (refund_id) where deleted_at is null do nothing
       returning refund_id`,
      bindings
    )
    const fresh = new Set((inserted as { refund_id: string }[]).map((row) => row.refund_id))
    return refunds
      .filter((refund) => fresh.has(refund.refund_id))
      .map(({ refund_id, order_id, amount, currency_code }) => ({ refund_id, order_id, amount, currency_code }))
  }

  /** When a vendor order placed at `placedAt` must have been accepted. */
  acceptDeadline(placedAt: Date = new Date()): Date {
    return new Date(placedAt.getTime() + this.acceptWindowMinutes * 60_000)
  }

  /**
   * Moves a vendor order one step, atomically: the update only applies while
   * the status is still the one it was read with, so an accept racing the
   * auto-reject job (or a double click) changes it once and the other gets a 409.
   * The move and its status change row are written in one transaction.
   */
  @InjectTransactionManager()
  async transitionVendorOrderState(
    id: string,
    action: VendorOrderAction,
    reason: string | null = null,
    actor: VendorOrderActor = { type: "system" },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<VendorOrderTransition> {
    const [current] = await this.listVendorOrderStates({ id }, { select: ["id", "order_id", "vendor_id", "vendor_status", "status_reason"] }, sharedContext)
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order state ${id} was not found.`)
    }
    const from = current.vendor_status as VendorOrderStatus
    const to = nextVendorOrderStatus(from, action)
    const stamp = VENDOR_ORDER_TIMESTAMPS[to]
    const knex = (sharedContext.transactionManager ?? sharedContext.manager)!.getKnex()
    const { rows } = await knex.raw(
      `update vendor_order_state
          set vendor_status = ?, status_reason = coalesce(?, status_reason), updated_at = now()
              ${stamp ? `, ${stamp} = now()` : ""}
        where id = ? and vendor_status = ? and deleted_at is null
        returning id`,
      [to, reason, id, from]
    )
    if (!rows.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The order changed while this request was handled; reload it and try again."
      )
    }
    const changeId = generateEntityId(undefined, "vosc")
    const { rows: changes } = await knex.raw(
      `insert into vendor_order_status_change (id, order_id, vendor_id, action, from_status, to_status, reason, actor_type, actor_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning created_at`,
      [changeId, current.order_id, current.vendor_id, action, from, to, reason, actor.type, actor.id ?? null]
    )
    return {
      id,
      order_id: current.order_id,
      vendor_id: current.vendor_id,
      from,
      to,
      previous_reason: current.status_reason ?? null,
      change_id: changeId,
      at: new Date(changes[0].created_at),
    }
  }

  /** Undoes a transition (workflow compensation): back to `from` and its reason, clearing the stamp it set and its change row. */
  @InjectTransactionManager()
  async revertVendorOrderTransition(transition: VendorOrderTransition, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const stamp = VENDOR_ORDER_TIMESTAMPS[transition.to]
    const knex = (sharedContext.transactionManager ?? sharedContext.manager)!.getKnex()
    await knex.raw(`delete from vendor_order_status_change where id = ?`, [transition.change_id])
    await knex.raw(
      `update vendor_order_state set vendor_status = ?, status_reason = ?, updated_at = now() ${stamp ? `, ${stamp} = null` : ""}
        where id = ? and vendor_status = ?`,
      [transition.from, transition.previous_reason ?? null, transition.id, transition.to]
    )
  }
}

export default OrderGroupModuleService

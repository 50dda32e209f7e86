import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { assertDeliveryMove, DELIVERY_TIMESTAMPS } from "./delivery-status"
import { Delivery, type DeliveryStatus } from "./models/delivery"
import { DeliveryOffer, type DeliveryOfferStatus } from "./models/delivery-offer"
import { DeliveryStatusChange } from "./models/delivery-status-change"
import { DeliveryZone } from "./models/delivery-zone"
import { TrackPoint } from "./models/track-point"

export type DispatchSettings = {
  /** The vendor order status that sends its delivery to couriers (DELIVERY_DISPATCH_ON). */
  dispatch_on: "accepted" | "ready"
  /** How long a courier has to answer an offer (DELIVERY_OFFER_SECONDS). */
  offer_seconds: number
  /** How many wrong proof codes a courier may enter before the delivery refuses more (DELIVERY_PROOF_ATTEMPTS). */
  proof_attempts: number
}

export type DeliveryModuleOptions = Partial<DispatchSettings>

export const DEFAULT_DISPATCH_SETTINGS: DispatchSettings = { dispatch_on: "ready", offer_seconds: 60, proof_attempts: 5 }

export type DeliveryActor = { type: "courier" | "vendor" | "user" | "customer" | "system"; id: string | null }

/** What a move may set beside the status and its timestamp. */
export type DeliveryMoveFields = { courier_id?: string | null; failure_reason?: string | null }

export type DeliveryMoveInput = {
  id: string
  /** The status the delivery must still be in: a delivery moved meanwhile answers 409. */
  from: DeliveryStatus
  to: DeliveryStatus
  set?: DeliveryMoveFields
  actor: DeliveryActor
  reason?: string | null
}

/** One recorded move, with what it overwrote so that a failed workflow can undo it. */
export type DeliveryMoveRecord = {
  id: string
  from: DeliveryStatus
  to: DeliveryStatus
  at: Date
  change_id: string
  previous: Record<string, unknown>
}

export type DeliveryOfferResponse = { id: string; from: DeliveryOfferStatus; to: DeliveryOfferStatus; previous_responded_at: Date | null }

/** A GPS point to store on a delivery's track. */
export type NewTrackPoint = {
  latitude: number
  longitude: number
  recorded_at: Date
  speed?: number | null
  heading?: number | null
  accuracy?: number | null
}

/** The courier's position and ETA on a delivery, as the latest points left them. */
export type DeliveryPosition = {
  latitude: number
  longitude: number
  position_at: Date
  speed_mps: number | null
  remaining_km: number | null
  eta_at: Date | null
}

class DeliveryModuleService extends MedusaService({
  Delivery,
  DeliveryOffer,
  DeliveryStatusChange,
  DeliveryZone,
  TrackPoint,
}) {
  protected readonly dispatchSettings_: DispatchSettings

  constructor(container: Record<string, unknown>, options: DeliveryModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.dispatchSettings_ = { ...DEFAULT_DISPATCH_SETTINGS, ...(options ?? {}) }
  }

  /** When deliveries go to couriers, how long an offer lasts, how many proof codes may be tried. */
  dispatchSettings(): DispatchSettings {
    return this.dispatchSettings_
  }

  /**
   * Moves a delivery from `from` to `to` (409 when the table forbids it, or
   * when it is no longer in `from`), stamps the new status's time and writes
   * its status change row, in one transaction on the locked row.
   */
  @InjectTransactionManager()
  async moveDelivery(input: DeliveryMoveInput, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<DeliveryMoveRecord> {
    assertDeliveryMove(input.from, input.to)
    const knex = (sharedContext.transactionManager ?? sharedContext.manager)!.getKnex()
    const stamp = DELIVERY_TIMESTAMPS[input.to]
    const columns = ["status", ...(stamp ? [stamp] : []), ...Object.keys(input.set ?? {})]
    const [current] = await knex("delivery").select(columns).where({ id: input.id }).whereNull("deleted_at").forUpdate()
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${input.id} was not found`)
    }
    if (current.status !== input.from) {
      assertDeliveryMove(current.status, input.to)
      throw new MedusaError(MedusaError.Types.CONFLICT, "The delivery changed while this request was handled; reload it and try again.")
    }
    const at = new Date()
    await knex("delivery")
      .where({ id: input.id })
      .update({ ...(input.set ?? {}), status: input.to, ...(stamp ? { [stamp]: at } : {}), updated_at: at })
    const changeId = generateEntityId(undefined, "dlsc")
    await knex("delivery_status_change").insert({
      id: changeId,
      delivery_id: input.id,
      from_status: input.from,
      to_status: input.to,
      reason: input.reason ?? null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
      created_at: at,
      updated_at: at,
    })
    return { id: input.id, from: input.from, to: input.to, at, change_id: changeId, previous: current }
  }

  /** Undoes a move (workflow compensation): its fields as they were, and no status change row. */
  @InjectTransactionManager()
  async revertDeliveryMove(move: DeliveryMoveRecord, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = (sharedContext.transactionManager ?? sharedContext.manager)!.getKnex()
    await knex("delivery_status_change").where({ id: move.change_id }).delete()
    await knex("delivery").where({ id: move.id, status: move.to }).update({ ...move.previous, updated_at: new Date() })
  }

  /** Answers an open offer (accepted, declined, expired, withdrawn) once: an offer no longer open answers 409. */
  @InjectTransactionManager()
  async respondToOffer(
    id: string,
    to: Exclude<DeliveryOfferStatus, "offered">,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<DeliveryOfferResponse> {
    const knex = (sharedContext.transactionManager ?? sharedContext.manager)!.getKnex()
    const rows = await knex("delivery_offer")
      .where({ id, status: "offered" })
      .whereNull("deleted_at")
      .update({ status: to, responded_at: new Date(), updated_at: new Date() })
      .returning("id")
    if (!rows.length) {
      const [offer] = await knex("delivery_offer").select("status").where({ id })
      throw new MedusaError(
        offer ? MedusaError.Types.CONFLICT : MedusaError.Types.NOT_FOUND,
        offer ? `This offer was already ${offer.status}.` : `Delivery offer with id: ${id} was not found`
      )
    }
    return { id, from: "offered", to, previous_responded_at: null }
  }

  /** Reopens an answered offer (workflow compensation). */
  @InjectTransactionManager()
  async revertOfferResponse(response: DeliveryOfferResponse, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const knex = (sharedContext.transactionManager ?? sharedContext.manager)!.getKnex()
    await knex("delivery_offer")
      .where({ id: response.id, status: response.to })
      .update({ status: response.from, responded_at: response.previous_responded_at, updated_at: new Date() })
  }

  /**
   * Stores a batch of points in one statement. A point already stored for the
   * delivery at the same time (a retried upload) is skipped. Answers the ids
   * of the points stored.
   */
  @InjectTransactionManager()
  async insertTrackPoints(
    delivery_id: string,
    courier_id: string,
    points: NewTrackPoint[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!points.length) {
      return []
    }
    const knex = sharedContext.transactionManager!.getKnex()
    const column = <T>(pick: (point: NewTrackPoint) => T) => points.map(pick)
    const { rows } = await knex.raw(
      `insert into track_point (id, delivery_id, courier_id, latitude, longitude, recorded_at, speed, heading, accuracy)
       select id, ?, ?, latitude, longitude, recorded_at, speed, heading, accuracy
         from unnest(?::text[], ?::real[], ?::real[], ?::timestamptz[], ?::real[], ?::real[], ?::real[])
           as point(id, latitude, longitude, recorded_at, speed, heading, accuracy)
       on conflict (delivery_id, recorded_at) where deleted_at is null do nothing
       returning id`,
      [
        delivery_id,
        courier_id,
        column(() => generateEntityId(undefined, "dltp")),
        column((p) => p.latitude),
        column((p) => p.longitude),
        column((p) => p.recorded_at.toISOString()),
        column((p) => p.speed ?? null),
        column((p) => p.heading ?? null),
        column((p) => p.accuracy ?? null),
      ] as any
    )
    return rows.map((row: { id: string }) => row.id)
  }

  /** Removes stored points by id (the compensation of insertTrackPoints). */
  @InjectTransactionManager()
  async removeTrackPoints(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<void> {
    if (ids.length) {
      await sharedContext.transactionManager!.getKnex().raw(`delete from track_point where id = any(?::text[])`, [ids])
    }
  }

  /**
   * Moves the delivery's live position forward, and only forward: a batch
   * that reaches the server after a newer one changes nothing. Answers
   * whether it moved.
   */
  @InjectManager()
  async advanceDeliveryPosition(
    delivery_id: string,
    position: DeliveryPosition,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<boolean> {
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `update delivery
          set latitude = ?, longitude = ?, position_at = ?, speed_mps = ?, remaining_km = ?, eta_at = ?, updated_at = now()
        where id = ? and deleted_at is null and (position_at is null or position_at < ?)
        returning id`,
      [
        position.latitude,
        position.longitude,
        new Date(position.position_at).toISOString(),
        position.speed_mps,
        position.remaining_km,
        position.eta_at ? new Date(position.eta_at).toISOString() : null,
        delivery_id,
        new Date(position.position_at).toISOString(),
      ]
    )
    return rows.length === 1
  }

  /**
   * Marks that the customer was told the courier is near, once: of two
   * batches crossing the threshold together, only one gets true.
   */
  @InjectManager()
  async claimNearNotice(delivery_id: string, at: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const { rows } = await sharedContext.manager!.getKnex().raw(
      `update delivery
          set metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object('near_notified_at', ?::text), updated_at = now()
        where id = ? and deleted_at is null and (metadata is null or metadata->>'near_notified_at' is null)
        returning id`,
      [at.toISOString(), delivery_id]
    )
    return rows.length === 1
  }

  /** Deletes points recorded before `before`, `batch` at a time; answers how many went. */
  @InjectManager()
  async pruneTrackPoints(before: Date, batch = 10_000, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    let total = 0
    for (;;) {
      const { rowCount } = await knex.raw(
        `delete from track_point where id in (select id from track_point where recorded_at < ? limit ?)`,
        [before.toISOString(), batch]
      )
      total += rowCount ?? 0
      if (!rowCount || rowCount < batch) {
        return total
      }
    }
  }
}

export default DeliveryModuleService

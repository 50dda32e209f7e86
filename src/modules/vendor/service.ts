import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Vendor } from "./models/vendor"
import { VendorDocument } from "./models/vendor-document"
import { VendorInvite } from "./models/vendor-invite"
import { VendorMember } from "./models/vendor-member"
import { VendorStatusChange } from "./models/vendor-status-change"

export type NearbyVendorsInput = {
  latitude?: number
  longitude?: number
  q?: string
  limit: number
  offset: number
}

class VendorModuleService extends MedusaService({
  Vendor,
  VendorMember,
  VendorInvite,
  VendorDocument,
  VendorStatusChange,
}) {
  /**
   * Marks an invite accepted only if nobody accepted it yet, in one statement,
   * so of several acceptances at once exactly one answers true.
   */
  @InjectManager()
  async claimVendorInvite(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const claimed = await knex("vendor_invite")
      .where({ id })
      .whereNull("accepted_at")
      .whereNull("deleted_at")
      .update({ accepted_at: knex.fn.now(), updated_at: knex.fn.now() })
    return claimed === 1
  }

  /**
   * Active vendors, nearest first when a position is given (great-circle
   * distance in km), otherwise by name. Answers ids in order and the total.
   */
  @InjectManager()
  async listActiveVendorIds(
    input: NearbyVendorsInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rows: { id: string; distance_km: number | null }[]; count: number }> {
    const manager = sharedContext.manager!
    const knex = manager.getKnex()
    const hasPosition = input.latitude !== undefined && input.longitude !== undefined
    const distance = hasPosition
      ? knex.raw(
          `6371 * 2 * asin(sqrt(power(sin(radians(latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)))`,
          [input.latitude!, input.latitude!, input.longitude!]
        )
      : knex.raw("null::float")

    const base = knex("vendor").where({ status: "active" }).whereNull("deleted_at")
    if (input.q) {
      const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      base.andWhere((builder) => builder.whereILike("name", pattern).orWhereILike("handle", pattern))
    }
    const [{ count }] = await base.clone().count({ count: "*" })
    const rows = await base
      .clone()
      .select("id", knex.raw("? as distance_km", [distance]))
      .orderByRaw(hasPosition ? "distance_km asc, name asc" : "name asc")
      .limit(input.limit)
      .offset(input.offset)
    return {
      rows: rows.map((row: any) => ({
        id: row.id,
        distance_km: row.distance_km === null ? null : Number(row.distance_km),
      })),
      count: Number(count),
    }
  }
}

export default VendorModuleService

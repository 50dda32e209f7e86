import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../modules/courier"
import type CourierModuleService from "../../modules/courier/service"
import { ACTIVE_DELIVERY_STATUSES } from "../../modules/delivery/delivery-status"
import { WALLET_MODULE } from "../../modules/wallet"
import type WalletModuleService from "../../modules/wallet/service"
import { deliveryService } from "./delivery-moves"
import { rankCouriers, type CourierCandidate, type RankedCourier } from "./rank-couriers"

export type CourierLoad = { active_deliveries: number; open_offers: number }

/** What each courier carries now (assigned or picked up) and how many offers wait for its answer. */
export async function courierLoads(container: MedusaContainer, courierIds: string[]): Promise<Map<string, CourierLoad>> {
  const loads = new Map<string, CourierLoad>(courierIds.map((id) => [id, { active_deliveries: 0, open_offers: 0 }]))
  if (!courierIds.length) {
    return loads
  }
  const service = deliveryService(container)
  const [deliveries, offers] = await Promise.all([
    service.listDeliveries({ courier_id: courierIds, status: [...ACTIVE_DELIVERY_STATUSES] }, { select: ["id", "courier_id"] }),
    service.listDeliveryOffers({ courier_id: courierIds, status: "offered" }, { select: ["id", "courier_id"] }),
  ])
  for (const delivery of deliveries) {
    loads.get(delivery.courier_id!)!.active_deliveries += 1
  }
  for (const offer of offers) {
    loads.get(offer.courier_id)!.open_offers += 1
  }
  return loads
}

/** What a courier owes the platform in a currency: the negative part of its ledger balance. */
async function cashOwed(container: MedusaContainer, courierIds: string[], currencyCode: string): Promise<Map<string, string>> {
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const owed = new Map<string, string>()
  for (const id of courierIds) {
    const { balance } = await wallet.walletOf({ owner_type: "courier", owner_id: id, currency_code: currencyCode })
    owed.set(id, MathBN.lt(balance, 0) ? MathBN.mult(balance, -1).toFixed() : "0")
  }
  return owed
}

export type DispatchableDelivery = {
  id: string
  currency_code: string
  cash_due: unknown
  pickup_latitude: number | null
  pickup_longitude: number | null
}

/**
 * The couriers a delivery may be offered to, best first: active, online,
 * with room for one more (deliveries carried and offers waiting), not among
 * `excluded`, and able to carry its cash.
 */
export async function rankedCouriersFor(
  container: MedusaContainer,
  delivery: DispatchableDelivery,
  excluded: string[]
): Promise<RankedCourier[]> {
  const couriers = await container
    .resolve<CourierModuleService>(COURIER_MODULE)
    .listCouriers({ status: "active", availability: "online" }, { select: ["id", "latitude", "longitude", "max_active_deliveries"] })
  const ids = couriers.map((courier) => courier.id)
  const cashDue = delivery.cash_due === null || delivery.cash_due === undefined ? null : MathBN.convert(delivery.cash_due as any).toFixed()
  const [loads, owed] = await Promise.all([
    courierLoads(container, ids),
    cashDue ? cashOwed(container, ids, delivery.currency_code) : Promise.resolve(new Map<string, string>()),
  ])
  const candidates: CourierCandidate[] = couriers.map((courier) => {
    const load = loads.get(courier.id)!
    return {
      id: courier.id,
      latitude: courier.latitude ?? null,
      longitude: courier.longitude ?? null,
      max_active_deliveries: courier.max_active_deliveries,
      active_deliveries: load.active_deliveries + load.open_offers,
      cash_owed: owed.get(courier.id) ?? "0",
    }
  })
  const cashLimit = cashDue ? container.resolve<WalletModuleService>(WALLET_MODULE).courierCashLimit(delivery.currency_code) : null
  return rankCouriers({
    pickup:
      delivery.pickup_latitude === null || delivery.pickup_longitude === null
        ? null
        : { latitude: delivery.pickup_latitude, longitude: delivery.pickup_longitude },
    couriers: candidates,
    excluded_courier_ids: excluded,
    cash_due: cashDue,
    cash_limit: cashLimit,
  })
}

/** Refuses (409) a courier who is not active or already carries as many deliveries as it may. */
export async function assertCourierCanCarry(container: MedusaContainer, courierId: string, { notFoundAs404 = false } = {}) {
  const [courier] = await container
    .resolve<CourierModuleService>(COURIER_MODULE)
    .listCouriers({ id: courierId }, { select: ["id", "status", "max_active_deliveries"], take: 1 })
  if (!courier) {
    throw new MedusaError(
      notFoundAs404 ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA,
      `courier_id ${courierId} names no courier.`
    )
  }
  if (courier.status !== "active") {
    throw new MedusaError(MedusaError.Types.CONFLICT, `The courier is ${courier.status}; only an active courier can carry deliveries.`)
  }
  const load = (await courierLoads(container, [courierId])).get(courierId)!
  if (load.active_deliveries >= courier.max_active_deliveries) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The courier already carries ${load.active_deliveries} deliveries, as many as it may (${courier.max_active_deliveries}).`
    )
  }
}

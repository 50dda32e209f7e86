import { randomInt } from "node:crypto"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { deliveryService } from "../delivery-moves"
import { distanceKm } from "../rank-couriers"

export const createDeliveryStepId = "create-delivery"

/** The four digits the customer gives the courier at the door. */
export function newProofCode(): string {
  return randomInt(0, 10_000).toString().padStart(4, "0")
}

/** A coordinate from an address's metadata, when a storefront sent a usable one. */
function coordinate(value: unknown, limit: number): number | null {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof number === "number" && Number.isFinite(number) && Math.abs(number) <= limit ? number : null
}

/**
 * The delivery of one vendor order, once: from the vendor's location to the
 * order's shipping address, for the order's shipping total, with the cash the
 * courier collects when the order is paid on delivery. A second call for the
 * same order returns the delivery it already has.
 */
export const createDeliveryStep = createStep(
  createDeliveryStepId,
  async (input: { order_id: string }, { container }) => {
    const service = deliveryService(container)
    const [existing] = await service.listDeliveries({ order_id: input.order_id }, { take: 1 })
    if (existing) {
      return new StepResponse({ delivery: existing, created: false }, null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const orderGroups = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [state] = await orderGroups.listVendorOrderStates(
      { order_id: input.order_id },
      { select: ["id", "order_id", "vendor_id", "order_group_id"], take: 1 }
    )
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "customer_id",
        "shipping_total",
        "shipping_address.*",
        "payment_collections.status",
        "payment_collections.payment_sessions.provider_id",
        "payment_collections.payment_sessions.raw_amount",
        "payment_collections.payment_sessions.status",
      ],
      filters: { id: input.order_id },
    })
    if (!state || !order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order with id: ${input.order_id} was not found`)
    }
    const {
      data: [vendor],
    } = await query.graph({
      entity: "vendor",
      fields: ["id", "name", "phone", "address_1", "city", "country_code", "postal_code", "latitude", "longitude"],
      filters: { id: state.vendor_id },
    })
    const address = (order as any).shipping_address ?? null
    const dropoff = {
      latitude: coordinate(address?.metadata?.latitude, 90),
      longitude: coordinate(address?.metadata?.longitude, 180),
    }
    // A share paid on delivery is a session awaiting the cash: no payment exists until it is collected.
    const sessions = ((order as any).payment_collections ?? [])
      .filter((collection: any) => collection?.status !== "canceled")
      .flatMap((collection: any) => collection?.payment_sessions ?? [])
    const cashPayment = sessions.find(
      (session: any) => session.status !== "canceled" && orderGroups.capturePlanFor(session.provider_id).when === "collection"
    )
    const fields = {
      order_id: order.id,
      vendor_id: state.vendor_id,
      customer_id: (order as any).customer_id ?? null,
      order_group_id: (state as any).order_group_id ?? null,
      currency_code: (order as any).currency_code,
      fee: MathBN.convert((order as any).shipping_total ?? 0).toFixed() as any,
      cash_due: cashPayment ? (MathBN.convert(cashPayment.raw_amount).toFixed() as any) : null,
      pickup_latitude: vendor?.latitude ?? null,
      pickup_longitude: vendor?.longitude ?? null,
      pickup_address: vendor
        ? {
            name: vendor.name,
            phone: vendor.phone,
            address_1: vendor.address_1,
            city: vendor.city,
            postal_code: vendor.postal_code ?? null,
            country_code: vendor.country_code,
          }
        : null,
      dropoff_latitude: dropoff.latitude,
      dropoff_longitude: dropoff.longitude,
      dropoff_address: address
        ? {
            first_name: address.first_name ?? null,
            last_name: address.last_name ?? null,
            phone: address.phone ?? null,
            address_1: address.address_1 ?? null,
            address_2: address.address_2 ?? null,
            city: address.city ?? null,
            postal_code: address.postal_code ?? null,
            country_code: address.country_code ?? null,
          }
        : null,
      distance_km: distanceKm(vendor ?? null, dropoff),
      proof_code: newProofCode(),
    }
    const delivery = await service.createDeliveries(fields).catch(async (error) => {
      // The accepted and ready reactions may both create it at once: the order's one delivery wins.
      const [raced] = await service.listDeliveries({ order_id: input.order_id }, { take: 1 })
      if (raced) {
        return null
      }
      throw error
    })
    if (!delivery) {
      const [raced] = await service.listDeliveries({ order_id: input.order_id }, { take: 1 })
      return new StepResponse({ delivery: raced, created: false }, null)
    }
    return new StepResponse({ delivery, created: true }, delivery.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await deliveryService(container).deleteDeliveries(createdId)
  }
)

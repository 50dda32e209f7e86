import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import type { VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"
import { shareDataOnRail } from "../../order-group/steps/create-vendor-order-payments"
import { orderGroupCaptureLockKey } from "../locks"

export const captureVendorOrderSharesStepId = "capture-vendor-order-shares"

const KEPT: VendorOrderStatus[] = ["accepted", "preparing", "ready_for_pickup", "out_for_delivery", "delivered"]
const UNDECIDED: VendorOrderStatus[] = ["pending"]

export type CapturedShare = { order_id: string; payment_id: string; amount: string; currency_code: string }

/**
 * Under `PAYMENT_CAPTURE=acceptance`, captures what the vendors of a checkout
 * have accepted, after one of them decided:
 * - a rail that takes a capture per share captures each accepted share as it is accepted;
 * - a rail that takes one capture per authorisation is captured once, when every vendor has
 *   accepted or rejected: the whole authorisation, then the rejected shares are given back
 *   (Medusa's card providers capture without an amount), or it is released when none was kept.
 * Then each accepted order's own payment takes the rail's reference and is captured through
 * Medusa's capture workflow, which records it on the order (the rail, captured already, takes
 * no second capture). A checkout captured at placement, or paid in cash, is left alone.
 * The rail cannot take a capture back, so this step has no compensation; it runs last.
 */
export const captureVendorOrderSharesStep = createStep(
  captureVendorOrderSharesStepId,
  async (input: { order_id: string }, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [state] = await service.listVendorOrderStates({ order_id: input.order_id }, { select: ["order_group_id"] })
    if (!state?.order_group_id) {
      return new StepResponse([] as CapturedShare[])
    }
    const captured = await container
      .resolve(Modules.LOCKING)
      .execute(orderGroupCaptureLockKey(state.order_group_id), () => captureGroupShares(container, state.order_group_id), { timeout: 30 })
    return new StepResponse(captured)
  }
)

async function captureGroupShares(container: any, groupId: string): Promise<CapturedShare[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const paymentModule = container.resolve(Modules.PAYMENT)
  const service = container.resolve(ORDER_GROUP_MODULE) as OrderGroupModuleService
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: [
      "id",
      "vendor_order_states.order_id",
      "vendor_order_states.vendor_status",
      "payment_collection.payments.id",
      "payment_collection.payments.provider_id",
      "payment_collection.payments.raw_amount",
      "payment_collection.payments.canceled_at",
      "payment_collection.payments.captures.raw_amount",
      "payment_collection.payments.data",
    ],
    filters: { id: groupId },
  })
  const rail = ((group as any)?.payment_collection?.payments ?? []).find((payment: any) => !payment.canceled_at)
  if (!rail) {
    return []
  }
  const plan = service.capturePlanFor(rail.provider_id)
  if (plan.when !== "acceptance") {
    return []
  }
  const states = ((group as any).vendor_order_states ?? []) as { order_id: string; vendor_status: VendorOrderStatus }[]
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "payment_collections.payments.id",
      "payment_collections.payments.data",
      "payment_collections.payments.raw_amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.id",
    ],
    filters: { id: states.map((state) => state.order_id) },
  })
  const shareOf = new Map(
    (orders as any[]).map((order) => [order.id, { order, payment: (order.payment_collections ?? []).flatMap((c: any) => c?.payments ?? [])[0] }])
  )
  const kept = states.filter((state) => KEPT.includes(state.vendor_status))
  const toCapture = kept
    .map((state) => shareOf.get(state.order_id))
    .filter((share): share is { order: any; payment: any } => !!share?.payment && !share.payment.canceled_at && !(share.payment.captures ?? []).length)

  const railCaptured = MathBN.sum(0, ...(rail.captures ?? []).map((capture: any) => capture.raw_amount))
  if (plan.captures === "once") {
    if (!MathBN.gt(railCaptured, 0)) {
      if (states.some((state) => UNDECIDED.includes(state.vendor_status))) {
        return []
      }
      if (!kept.length) {
        await paymentModule.cancelPayment(rail.id)
        return []
      }
      await paymentModule.capturePayment({ payment_id: rail.id })
      const keptTotal = MathBN.sum(0, ...kept.map((state) => shareOf.get(state.order_id)?.payment?.raw_amount ?? 0))
      const released = MathBN.sub(rail.raw_amount, keptTotal)
      if (MathBN.gt(released, 0)) {
        await paymentModule.refundPayment({
          payment_id: rail.id,
          amount: released.toFixed(),
          note: "Released: the shares of the vendor orders that were rejected before capture",
        })
      }
    }
  } else {
    for (const share of toCapture) {
      await paymentModule.capturePayment({ payment_id: rail.id, amount: MathBN.convert(share.payment.raw_amount).toFixed() })
    }
  }

  // The share now carries the rail's reference, as captured on the rail.
  const railNow = toCapture.length ? await paymentModule.retrievePayment(rail.id, { select: ["id", "data"] }) : null
  const done: CapturedShare[] = []
  for (const share of toCapture) {
    await paymentModule.updatePayment({ id: share.payment.id, data: shareDataOnRail({ id: rail.id, data: railNow?.data ?? null }, share.order.id, true) })
    await capturePaymentWorkflow(container).run({ input: { payment_id: share.payment.id } })
    done.push({
      order_id: share.order.id,
      payment_id: share.payment.id,
      amount: MathBN.convert(share.payment.raw_amount).toFixed(),
      currency_code: share.order.currency_code,
    })
  }
  return done
}

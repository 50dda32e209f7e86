import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export const prepareCashCollectionStepId = "prepare-cash-collection"

export type CashCollection = {
  order_id: string
  vendor_id: string
  session_id: string
  provider_id: string
  currency_code: string
  amount: string
}

// Cash is handed over when the order reaches the customer, after the store accepted it.
const NOT_COLLECTABLE = ["pending", "rejected", "cancelled"]

/**
 * Checks that a vendor order's cash can be recorded now and names what is
 * wrong otherwise: the order exists and belongs to the caller's store (404),
 * it is paid on delivery and its cash was not recorded yet (409), the store
 * has accepted it and it was not rejected or cancelled (409), and the amount
 * is exactly what the order owes (400). Writes nothing.
 */
export const prepareCashCollectionStep = createStep(
  prepareCashCollectionStepId,
  async (input: { order_id: string; amount: number; vendor_id?: string }, { container }) => {
    const orderGroup = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const [state] = await orderGroup.listVendorOrderStates({ order_id: input.order_id }, { select: ["vendor_id", "vendor_status"] })
    if (!state || (input.vendor_id && state.vendor_id !== input.vendor_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Vendor order ${input.order_id} was not found.`)
    }
    const {
      data: [order],
    } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "payment_collections.id",
        "payment_collections.amount",
        "payment_collections.payment_sessions.id",
        "payment_collections.payment_sessions.provider_id",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
      ],
      filters: { id: input.order_id },
    })
    const collection = ((order as any)?.payment_collections ?? [])[0]
    const session = collection?.payment_sessions?.[0]
    if (!collection || !session) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Order ${input.order_id} has no payment to collect.`)
    }
    if (orderGroup.capturePlanFor(session.provider_id).when !== "collection") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order ${input.order_id} was paid with ${session.provider_id}, not cash on delivery; there is no cash to collect.`
      )
    }
    if ((collection.payments ?? []).some((payment: any) => payment.captured_at)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `The cash of order ${input.order_id} was already recorded as collected.`)
    }
    if (NOT_COLLECTABLE.includes(state.vendor_status)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Order ${input.order_id} is ${state.vendor_status}; cash is collected only for an order its store has accepted.`
      )
    }
    const currency = (order as any).currency_code as string
    const owed = MathBN.convert(collection.amount).toFixed()
    if (!MathBN.eq(input.amount, owed)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount ${input.amount} is not what order ${input.order_id} owes: ${owed} ${currency.toUpperCase()}, collected in full.`
      )
    }
    const collection_: CashCollection = {
      order_id: input.order_id,
      vendor_id: state.vendor_id,
      session_id: session.id,
      provider_id: session.provider_id,
      currency_code: currency,
      amount: owed,
    }
    return new StepResponse(collection_)
  }
)

import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validatePaymentAllocationStepId = "validate-payment-allocation"

// Medusa's totals carry noise beyond this (0.1 + 0.2 style); no currency has this many digits.
const PRECISION = 10

/**
 * The one payment is allocated to the orders by their totals. They must add up
 * to what the payment is for, or the split lost or invented money. The last
 * order takes the remainder, so the allocations add up to the payment exactly.
 */
export const validatePaymentAllocationStep = createStep(
  validatePaymentAllocationStepId,
  async ({ orders, payment_amount }: { orders: { id: string; total: any }[]; payment_amount: any }) => {
    const sum = orders.reduce((total, order) => MathBN.add(total, order.total), MathBN.convert(0))
    if (payment_amount === null || payment_amount === undefined) {
      return new StepResponse({ total: sum, shares: orders.map((order) => ({ order_id: order.id, amount: order.total })) })
    }
    if (!MathBN.eq(MathBN.convert(sum, PRECISION), MathBN.convert(payment_amount, PRECISION))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The cart changed after payment was started (orders total ${MathBN.convert(sum, PRECISION).toString()}, payment ${MathBN.convert(payment_amount, PRECISION).toString()}); start the payment again.`
      )
    }
    let allocated = MathBN.convert(0)
    const shares = orders.map((order, index) => {
      const amount = index === orders.length - 1 ? MathBN.sub(payment_amount, allocated) : MathBN.convert(order.total)
      allocated = MathBN.add(allocated, amount)
      return { order_id: order.id, amount }
    })
    return new StepResponse({ total: MathBN.convert(payment_amount), shares })
  }
)

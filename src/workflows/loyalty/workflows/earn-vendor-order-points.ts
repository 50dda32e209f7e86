import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { vendorOrderAmountsStep } from "../../vendor-order/steps/vendor-order-amounts"
import { appendPointsEntriesStep } from "../steps/append-points-entries"
import { prepareVendorOrderEarningStep } from "../steps/prepare-vendor-order-earning"
import { markReferralRewardedStep, prepareReferralRewardStep } from "../steps/prepare-referral-reward"

export const earnVendorOrderPointsWorkflowId = "earn-vendor-order-points"

/**
 * A delivered vendor order (or one Medusa completed, the fallback) earns its
 * customer points once, whichever of the two comes first or comes again; the
 * customer's first delivery also rewards a pending referral, both sides,
 * once. Under a lock per order.
 */
export const earnVendorOrderPointsWorkflow = createWorkflow(earnVendorOrderPointsWorkflowId, (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `loyalty-earn:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const amounts = vendorOrderAmountsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  const earning = prepareVendorOrderEarningStep(transform({ input, amounts }, ({ input, amounts }) => ({ order_id: input.order_id, amounts })))
  const earned = appendPointsEntriesStep(transform({ earning }, ({ earning }) => earning?.entries ?? []))
  const reward = prepareReferralRewardStep(
    transform({ earning, input }, ({ earning, input }) => ({ customer_id: earning?.customer_id ?? null, order_id: input.order_id }))
  )
  const rewarded = appendPointsEntriesStep(transform({ reward }, ({ reward }) => reward?.entries ?? [])).config({ name: "append-referral-rewards" })
  when("referral-to-reward", { reward }, ({ reward }) => !!reward).then(() => {
    markReferralRewardedStep(transform({ reward }, ({ reward }) => ({ referral_id: reward!.referral_id, order_id: reward!.order_id })))
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(
    transform({ earning, earned, rewarded }, ({ earning, earned, rewarded }) => ({
      customer_id: earning?.customer_id ?? null,
      earned: earned.filter((item) => item.created).map((item) => item.entry),
      rewarded: rewarded.filter((item) => item.created).map((item) => item.entry),
    }))
  )
})

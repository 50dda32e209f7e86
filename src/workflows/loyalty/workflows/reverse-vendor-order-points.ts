import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { vendorOrderAmountsStep } from "../../vendor-order/steps/vendor-order-amounts"
import { appendPointsEntriesStep } from "../steps/append-points-entries"
import { preparePointsReversalStep } from "../steps/prepare-points-reversal"

export const reverseVendorOrderPointsWorkflowId = "reverse-vendor-order-points"

/** Takes back, in proportion, the points of an order whose sales a refund or return lowered; once per cause. */
export const reverseVendorOrderPointsWorkflow = createWorkflow(
  reverseVendorOrderPointsWorkflowId,
  (input: { order_id: string; cause: string }) => {
    const lockKey = transform({ input }, ({ input }) => `loyalty-earn:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const amounts = vendorOrderAmountsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
    const reversal = preparePointsReversalStep(
      transform({ input, amounts }, ({ input, amounts }) => ({ order_id: input.order_id, cause: input.cause, amounts }))
    )
    const written = appendPointsEntriesStep(reversal)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ written }, ({ written }) => written.filter((item) => item.created).map((item) => item.entry)))
  }
)

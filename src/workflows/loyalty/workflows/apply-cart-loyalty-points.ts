import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createCartCreditLinesWorkflow,
  deleteCartCreditLinesWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { validateCartLoyaltyPointsStep, type CartLoyaltyPointsInput } from "../steps/validate-cart-loyalty-points"

export const applyCartLoyaltyPointsWorkflowId = "apply-cart-loyalty-points"

/**
 * Pays part of a cart with points, or removes them (`points` omitted), through
 * Medusa's own cart credit lines: the points' value becomes one credit line
 * (`reference: "loyalty_points"`) replacing any earlier one, and the cart's
 * payment collection is refreshed to the new total. Nothing is spent yet: the
 * points are taken when the cart completes. Under the cart's lock, so it
 * never races the completion.
 */
export const applyCartLoyaltyPointsWorkflow = createWorkflow(applyCartLoyaltyPointsWorkflowId, (input: CartLoyaltyPointsInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 30, ttl: 60 })
  const plan = validateCartLoyaltyPointsStep(input)
  when("cart-has-points", { plan }, ({ plan }) => plan.existing_credit_line_ids.length > 0).then(() => {
    deleteCartCreditLinesWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ id: plan.existing_credit_line_ids })) })
  })
  when("cart-takes-points", { plan }, ({ plan }) => !!plan.credit_line).then(() => {
    createCartCreditLinesWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => [plan.credit_line!]) as any })
  })
  refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(plan)
})

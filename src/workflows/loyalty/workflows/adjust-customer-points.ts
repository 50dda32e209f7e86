import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { addMonths } from "../../../modules/loyalty/points-rules"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { AppendPointsInput } from "../../../modules/loyalty/service"
import { appendPointsEntriesStep } from "../steps/append-points-entries"

export type AdjustCustomerPointsInput = { customer_id: string; points: number; reason: string; actor_id: string; idempotency_key: string }

/** The adjustment entry for an existing customer (404 otherwise); added points expire like earned ones. Writes nothing. */
export const prepareAdjustmentStep = createStep("prepare-points-adjustment", async (input: AdjustCustomerPointsInput, { container }) => {
  const {
    data: [customer],
  } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["id"], filters: { id: input.customer_id } })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
  }
  const settings = await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).currentSettings()
  const entry: AppendPointsInput = {
    customer_id: input.customer_id,
    type: "adjusted",
    points: input.points,
    reference_type: "adjustment",
    reference_id: input.idempotency_key,
    idempotency_key: input.idempotency_key,
    expires_at: input.points > 0 ? addMonths(new Date(), settings.expiry_months) : null,
    note: input.reason,
    actor_type: "user",
    actor_id: input.actor_id,
  }
  return new StepResponse([entry])
})

/** An admin adds or takes points by hand, with a reason, recorded with the admin; the balance may go below zero. */
export const adjustCustomerPointsWorkflow = createWorkflow("adjust-customer-points", (input: AdjustCustomerPointsInput) => {
  const entries = prepareAdjustmentStep(input)
  const written = appendPointsEntriesStep(entries)
  return new WorkflowResponse(transform({ written }, ({ written }) => written[0]))
})

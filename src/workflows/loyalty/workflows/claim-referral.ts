import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export type ClaimReferralInput = {
  customer_id: string
  code: string
  device_id: string | null
  /** The request field the code came in, named in the errors: `code` (the claim route) or `additional_data.referral_code` (sign-up). */
  code_field?: string
}

const digits = (phone: unknown) => (typeof phone === "string" ? phone.replace(/[^\d]/g, "") : "")

/**
 * Checks a new customer's claim of a referral code: the code exists (400
 * naming the code's field), it is not the customer's own, nor one shared by the same
 * phone number or the same device (400, self-referral), and the customer has
 * not ordered yet nor claimed a code before (409). Writes nothing.
 */
export const validateReferralClaimStep = createStep("validate-referral-claim", async (input: ClaimReferralInput, { container }) => {
  const loyalty = container.resolve<LoyaltyModuleService>(LOYALTY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const field = input.code_field ?? "code"
  const [owner] = await loyalty.listReferralCodes({ code: input.code })
  if (!owner) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${input.code} is not a referral code.`)
  }
  const [claimed] = await loyalty.listReferrals({ referred_customer_id: input.customer_id })
  if (claimed) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "You already signed up with a referral code; it can be claimed once.")
  }
  const { data: customers } = await query.graph({ entity: "customer", fields: ["id", "phone"], filters: { id: [owner.customer_id, input.customer_id] } })
  const phoneOf = (id: string) => digits(customers.find((customer: any) => customer.id === id)?.phone)
  const samePhone = phoneOf(owner.customer_id) !== "" && phoneOf(owner.customer_id) === phoneOf(input.customer_id)
  let sameDevice = false
  if (input.device_id) {
    const [seen] = await loyalty.listLoyaltyDevices({ customer_id: owner.customer_id, device_id: input.device_id })
    sameDevice = !!seen
  }
  if (owner.customer_id === input.customer_id || samePhone || sameDevice) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: a customer cannot refer themselves (same account, phone number or device).`)
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { customer_id: input.customer_id }, pagination: { take: 1 } })
  if (orders.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Referral codes are for new customers, before their first order.")
  }
  return new StepResponse({ referrer_customer_id: owner.customer_id, referred_customer_id: input.customer_id, code: owner.code })
})

export const createReferralStep = createStep(
  "create-referral",
  async (input: { referrer_customer_id: string; referred_customer_id: string; code: string }, { container }) => {
    const referral = await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).createReferrals(input)
    return new StepResponse(referral, referral.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).deleteReferrals(id)
    }
  }
)

/**
 * A new customer signs up with a referral code, at sign-up or just after;
 * both sides are rewarded when their first vendor order is delivered.
 */
export const claimReferralWorkflow = createWorkflow("claim-referral", (input: ClaimReferralInput) => {
  const claim = validateReferralClaimStep(input)
  return new WorkflowResponse(createReferralStep(claim))
})

import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCustomersWorkflow,
  setAuthAppMetadataStep,
  validateCustomerAccountCreation,
  type CreateCustomerAccountWorkflowInput,
} from "@medusajs/medusa/core-flows"
import { claimReferralWorkflow } from "../../loyalty/workflows/claim-referral"

/** A referral code given at sign-up (`additional_data.referral_code`), with the device the customer signs up from. */
export type SignUpReferral = { code: string; device_id: string | null }

export type RegisterCustomerWorkflowInput = CreateCustomerAccountWorkflowInput & { referral?: SignUpReferral | null }

export const registerCustomerWorkflowId = "register-customer"

/**
 * Inside a sign-up workflow: claims the referral code the customer signed up
 * with, if any, as `POST /store/loyalty/referral/claim` does; a refused code
 * fails the workflow, which undoes the account.
 */
export function claimSignUpReferral(input: { referral?: SignUpReferral | null }, customer: { id: string }) {
  when("signed-up-with-referral-code", { input }, ({ input }) => !!input.referral).then(() => {
    claimReferralWorkflow.runAsStep({
      input: transform({ input, customer }, ({ input, customer }) => ({
        customer_id: customer.id,
        code: input.referral!.code,
        device_id: input.referral!.device_id,
        code_field: "additional_data.referral_code",
      })),
    })
  })
}

/**
 * A customer signs up with an email login: the steps of Medusa's
 * `createCustomerAccountWorkflow`, with the referral code the customer signed
 * up with claimed as the claim route does. A code refused (unknown, or a
 * self-referral) undoes the account, so the same sign-up can be sent again.
 */
export const registerCustomerWorkflow = createWorkflow(registerCustomerWorkflowId, (input: RegisterCustomerWorkflowInput) => {
  validateCustomerAccountCreation(input)
  const customers = createCustomersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ customersData: [{ ...input.customerData, has_account: true }] })),
  })
  const customer = transform({ customers }, ({ customers }) => customers[0])
  claimSignUpReferral(input, customer)
  // Last: this step's compensation cannot take the key back out of the login
  // (Medusa's updates merge JSON), so nothing that can fail comes after it.
  setAuthAppMetadataStep({ authIdentityId: input.authIdentityId, actorType: "customer", value: customer.id })
  return new WorkflowResponse(customer)
})

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomersWorkflow, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { claimSignUpReferral, type SignUpReferral } from "./register-customer"

export type CreatePhoneCustomerAccountWorkflowInput = {
  auth_identity_id: string
  customer: {
    phone: string
    first_name?: string | null
    last_name?: string | null
    company_name?: string | null
    metadata?: Record<string, unknown> | null
  }
  referral?: SignUpReferral | null
}

export const createPhoneCustomerAccountWorkflowId = "create-phone-customer-account"

/**
 * A customer account for a login that is a phone number. Medusa's own account
 * workflow insists on an email; a shopper who signed up by SMS code may have
 * none, and is found by the phone instead. A referral code given at sign-up
 * is claimed as in `registerCustomerWorkflow`; a code refused undoes the account.
 */
export const createPhoneCustomerAccountWorkflow = createWorkflow(
  createPhoneCustomerAccountWorkflowId,
  (input: CreatePhoneCustomerAccountWorkflowInput) => {
    const customers = createCustomersWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        customersData: [{ ...input.customer, email: null, has_account: true }],
      })),
    })
    const customer = transform({ customers }, ({ customers }) => customers[0])
    claimSignUpReferral(input, customer)
    // Last, as in registerCustomerWorkflow: this step's compensation cannot unlink the login.
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "customer", value: customer.id })
    return new WorkflowResponse(customer)
  }
)

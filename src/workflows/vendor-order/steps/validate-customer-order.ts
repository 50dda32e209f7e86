import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateCustomerOrderStepId = "validate-customer-order"

/** Another customer's order answers 404, exactly as one that does not exist. Writes nothing. */
export const validateCustomerOrderStep = createStep(
  validateCustomerOrderStepId,
  async (input: { order_id: string; customer_id?: string | null }, { container }) => {
    if (!input.customer_id) {
      return new StepResponse(undefined)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: input.order_id } })
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    return new StepResponse(undefined)
  }
)

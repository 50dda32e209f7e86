import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The admin user must exist: an unknown id is a 404, as for Medusa's own user routes. */
export const validateAdminUserStep = createStep("validate-admin-user", async (input: { user_id: string }, { container }) => {
  const [user] = await container.resolve(Modules.USER).listUsers({ id: input.user_id }, { take: 1, select: ["id"] })
  if (!user) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `User ${input.user_id} was not found.`)
  }
  return new StepResponse(undefined)
})

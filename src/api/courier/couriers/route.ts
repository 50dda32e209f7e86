import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCourierWorkflow } from "../../../workflows/courier/workflows/create-courier"
import { retrieveCourierProfile } from "../helpers"
import type { CreateCourierBody } from "../validators"

/** Registration: a token from /auth/courier/{emailpass|phone-otp}/register, no courier yet. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateCourierBody>, res: MedusaResponse) => {
  const { result } = await createCourierWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, courier: req.validatedBody },
  })
  res.status(201).json({ courier: await retrieveCourierProfile(req.scope, result.courier.id) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { setCourierAvailabilityWorkflow } from "../../../../workflows/courier/workflows/set-courier-availability"
import type { CourierRequest } from "../../resolve-courier-actor"
import type { SetCourierAvailabilityBody } from "../../validators"
import { retrieveCourierProfile } from "../../helpers"

/** POST /courier/me/availability {status: "online"|"offline", latitude, longitude}; online is for active couriers only. */
export const POST = async (req: CourierRequest<SetCourierAvailabilityBody>, res: MedusaResponse) => {
  const { status, latitude, longitude } = req.validatedBody
  const courierId = req.courier_context.courier.id
  await setCourierAvailabilityWorkflow(req.scope).run({
    input: {
      courier_id: courierId,
      availability: status,
      position: latitude !== undefined && longitude !== undefined ? { latitude, longitude } : null,
    },
  })
  res.json({ courier: await retrieveCourierProfile(req.scope, courierId) })
}

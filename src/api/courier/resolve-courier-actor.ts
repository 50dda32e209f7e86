import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COURIER_MODULE } from "../../modules/courier"
import type CourierModuleService from "../../modules/courier/service"

export type CourierRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  courier_context: { courier: { id: string; status: string } }
}

/**
 * Resolves "which courier is this" once, from the token only, handed on as
 * `req.courier_context`: nothing in the request can name another courier.
 */
async function resolveCourierActor(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const courierId = req.auth_context?.actor_id
  if (!courierId) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This token has no courier; register with POST /courier/couriers first, or refresh the token."
    )
  }
  const [courier] = await req.scope
    .resolve<CourierModuleService>(COURIER_MODULE)
    .listCouriers({ id: courierId }, { select: ["id", "status"], take: 1 })
  if (!courier) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This courier no longer exists.")
  }
  ;(req as CourierRequest).courier_context = { courier: { id: courier.id, status: courier.status } }
  next()
}

/** The courier behind every /courier route that needs one; the token itself is checked for the whole prefix. */
export const courierActor = [resolveCourierActor]

import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import type { CourierRequest } from "./resolve-courier-actor"

/**
 * `/courier/deliveries/:id/…` only for the courier carrying it: another
 * courier's delivery answers 404, exactly as one that does not exist, before
 * the body is read. Runs after `courierActor`.
 */
export async function ensureOwnDelivery(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const courierId = (req as CourierRequest).courier_context.courier.id
  const [delivery] = await req.scope
    .resolve<DeliveryModuleService>(DELIVERY_MODULE)
    .listDeliveries({ id: req.params.id, courier_id: courierId }, { select: ["id"], take: 1 })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${req.params.id} was not found`)
  }
  next()
}

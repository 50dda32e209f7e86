import type { MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../../../modules/delivery"
import type DeliveryModuleService from "../../../../../modules/delivery/service"
import { courierActor, type CourierRequest } from "../../../resolve-courier-actor"
import { TRACKED_DELIVERY_FIELDS, type TrackedDelivery } from "../../../../../workflows/delivery-tracking/tracked-delivery"
import { CourierPostLocations } from "./validators"

/** A courier's request on its own delivery, as ensureOwnDelivery read it. */
export type TrackedDeliveryRequest<Body = unknown> = CourierRequest<Body> & { tracked_delivery?: TrackedDelivery }

/**
 * Another courier's delivery answers 404, exactly as one that does not exist,
 * before the body is read. The delivery read here is the one the workflow
 * checks and moves: one read per batch on the ingestion path.
 */
async function ensureOwnDelivery(req: TrackedDeliveryRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [delivery] = await req.scope
    .resolve<DeliveryModuleService>(DELIVERY_MODULE)
    .listDeliveries({ id: req.params.id, courier_id: req.courier_context.courier.id }, { select: [...TRACKED_DELIVERY_FIELDS], take: 1 })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${req.params.id} was not found`)
  }
  req.tracked_delivery = delivery as unknown as TrackedDelivery
  next()
}

/** Live tracking, for couriers: GPS points on a delivery, and the order of the courier's stops. */
export const courierTrackingMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/courier/deliveries/:id/locations",
    // Batches of a few hundred points: more than the default 100 kB of JSON.
    bodyParser: { sizeLimit: "512kb" },
    middlewares: [...courierActor, ensureOwnDelivery as any, validateAndTransformBody(CourierPostLocations)],
  },
  { method: ["GET"], matcher: "/courier/route", middlewares: [...courierActor] },
]

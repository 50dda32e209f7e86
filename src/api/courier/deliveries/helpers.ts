import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { CourierRequest } from "../resolve-courier-actor"
import { courierDeliveryFields } from "./query-config"

/** One of the courier's own deliveries, as it sees it. */
export async function retrieveCourierDelivery(scope: MedusaContainer, id: string, courierId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [delivery],
  } = await query.graph({ entity: "delivery", fields: courierDeliveryFields, filters: { id, courier_id: courierId } })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${id} was not found`)
  }
  return delivery
}

/** Another courier's delivery answers 404 exactly like a missing one, before the body is read. */
export async function ownCourierDelivery(req: CourierRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [delivery] = await req.scope
    .resolve<DeliveryModuleService>(DELIVERY_MODULE)
    .listDeliveries({ id: req.params.id, courier_id: req.courier_context.courier.id }, { select: ["id"], take: 1 })
  if (!delivery) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${req.params.id} was not found`)
  }
  next()
}

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import {
  AdminCreateDeliveryZone,
  AdminGetDeliveryZonesParams,
  AdminUpdateDeliveryZone,
  deliveryZoneFields,
  deliveryZoneList,
} from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only).
export const adminDeliveryZoneMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/delivery-zones",
    middlewares: [validateAndTransformQuery(AdminGetDeliveryZonesParams, listQueryConfig(deliveryZoneFields, deliveryZoneList))],
  },
  { method: ["POST"], matcher: "/admin/delivery-zones", middlewares: [validateAndTransformBody(AdminCreateDeliveryZone)] },
  { method: ["POST"], matcher: "/admin/delivery-zones/:id", middlewares: [validateAndTransformBody(AdminUpdateDeliveryZone)] },
]

import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { listQueryConfig } from "../../list-query"
import { adminDeliveryList, adminDeliveryListFields } from "./query-config"
import { AdminAssignDelivery, AdminGetDeliveriesParams } from "./validators"

// /admin routes are authenticated by Medusa itself (admin users only); writes need the operations role (role-table.ts).
export const adminDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/deliveries",
    middlewares: [validateAndTransformQuery(AdminGetDeliveriesParams, listQueryConfig(adminDeliveryListFields, adminDeliveryList))],
  },
  { method: ["POST"], matcher: "/admin/deliveries/:id/assign", middlewares: [validateAndTransformBody(AdminAssignDelivery)] },
]

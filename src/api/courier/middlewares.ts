import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { multipartFiles } from "../files/multipart"
import { listQueryConfig } from "../list-query"
import { courierDocumentFields, courierDocumentList } from "./documents/query-config"
import { CourierGetDocumentsParams } from "./documents/validators"
import { courierActor } from "./resolve-courier-actor"
import { CreateCourier, SetCourierAvailability } from "./validators"

/** The only /courier route a courier login without a courier may call: registering as one. */
export const COURIER_ROUTES_WITHOUT_COURIER = ["POST /courier/couriers"]

const signedInCourier = authenticate("courier", ["bearer"])
const signedInIdentity = authenticate("courier", ["bearer"], { allowUnregistered: true })

/** One door for every /courier route, so that a route without its own matcher is never public. */
function authenticateCourier(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = (req.baseUrl + req.path).replace(/\/+$/, "").toLowerCase()
  const withoutCourier = COURIER_ROUTES_WITHOUT_COURIER.includes(`${req.method} ${path}`)
  return (withoutCourier ? signedInIdentity : signedInCourier)(req, res, next)
}

export const courierMiddlewares: MiddlewareRoute[] = [
  { method: ["GET", "POST", "PUT", "PATCH", "DELETE"], matcher: "/courier*", middlewares: [authenticateCourier] },
  { method: ["POST"], matcher: "/courier/couriers", middlewares: [validateAndTransformBody(CreateCourier)] },
  { method: ["GET"], matcher: "/courier/me", middlewares: [...courierActor] },
  {
    method: ["POST"],
    matcher: "/courier/me/availability",
    middlewares: [...courierActor, validateAndTransformBody(SetCourierAvailability)],
  },

  // ID and vehicle documents: the courier submits them; admins review them.
  {
    method: ["GET"],
    matcher: "/courier/documents",
    middlewares: [
      ...courierActor,
      validateAndTransformQuery(CourierGetDocumentsParams, listQueryConfig(courierDocumentFields, courierDocumentList)),
    ],
  },
  { method: ["POST"], matcher: "/courier/documents", middlewares: [...courierActor, multipartFiles("files")] },
  { method: ["DELETE"], matcher: "/courier/documents/:id", middlewares: [...courierActor] },
  { method: ["GET"], matcher: "/courier/documents/:id/file", middlewares: [...courierActor] },
]

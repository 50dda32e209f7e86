import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { multipartFiles } from "../../files/multipart"
import { listQueryConfig } from "../../list-query"
import { courierActor } from "../resolve-courier-actor"
import { ownCourierDelivery } from "./helpers"
import { courierDeliveryFields, courierDeliveryList, courierOfferFields, courierOfferList } from "./query-config"
import {
  CourierDeliverDelivery,
  CourierEmptyBody,
  CourierFailDelivery,
  CourierGetDeliveriesParams,
  CourierGetOffersParams,
} from "./validators"

// The /courier prefix is authenticated once in ../middlewares.ts; these resolve the courier and check the body.
export const courierDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/courier/offers",
    middlewares: [...courierActor, validateAndTransformQuery(CourierGetOffersParams, listQueryConfig(courierOfferFields, courierOfferList))],
  },
  ...["accept", "decline"].map((action) => ({
    method: ["POST" as const],
    matcher: `/courier/offers/:id/${action}`,
    middlewares: [...courierActor, validateAndTransformBody(CourierEmptyBody)],
  })),
  {
    method: ["GET"],
    matcher: "/courier/deliveries",
    middlewares: [
      ...courierActor,
      validateAndTransformQuery(CourierGetDeliveriesParams, listQueryConfig(courierDeliveryFields, courierDeliveryList)),
    ],
  },
  { method: ["GET"], matcher: "/courier/deliveries/:id", middlewares: [...courierActor, ownCourierDelivery] },
  {
    method: ["POST"],
    matcher: "/courier/deliveries/:id/pickup",
    middlewares: [...courierActor, ownCourierDelivery, validateAndTransformBody(CourierEmptyBody)],
  },
  {
    method: ["POST"],
    matcher: "/courier/deliveries/:id/deliver",
    middlewares: [...courierActor, ownCourierDelivery, validateAndTransformBody(CourierDeliverDelivery)],
  },
  {
    method: ["POST"],
    matcher: "/courier/deliveries/:id/proof-photo",
    middlewares: [...courierActor, ownCourierDelivery, multipartFiles("photo")],
  },
  {
    method: ["POST"],
    matcher: "/courier/deliveries/:id/fail",
    middlewares: [...courierActor, ownCourierDelivery, validateAndTransformBody(CourierFailDelivery)],
  },
]

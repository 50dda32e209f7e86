import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import { requireVendorRole, vendorActor } from "./resolve-vendor-actor"
import { CreateVendor, UpdateVendor } from "./validators"

export const vendorStoreMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/vendor/vendors",
    middlewares: [
      authenticate("vendor", ["bearer"], { allowUnregistered: true }),
      validateAndTransformBody(CreateVendor),
    ],
  },
  { method: ["GET"], matcher: "/vendor/me", middlewares: [...vendorActor] },
  {
    method: ["POST"],
    matcher: "/vendor/me",
    middlewares: [...vendorActor, requireVendorRole("owner", "manager"), validateAndTransformBody(UpdateVendor)],
  },
]

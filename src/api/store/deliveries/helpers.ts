import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerOfOrder, retrieveTrackedDelivery } from "../../../queries/delivery-tracking"
import type { TrackedDelivery } from "../../../workflows/delivery-tracking/tracked-delivery"
import { readStreamToken } from "./stream-token"

export type StreamRequest = MedusaRequest & { delivery_stream: { delivery: TrackedDelivery; customer_id: string } }

export function jwtSecretOf(scope: MedusaContainer): string {
  return scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
}

const STREAM_PATH = /^\/store\/deliveries\/[^/]+\/stream\/?$/i

/**
 * A browser's EventSource sends no headers, and Medusa checks /store's
 * publishable key in a header before any route middleware runs. For a
 * stream request without that header, this takes the key from the stream
 * token (or a `publishable_key` parameter) and puts it where Medusa looks;
 * Medusa then checks it as usual.
 */
function publishableKeyFromQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method === "GET" && !req.headers["x-publishable-api-key"]) {
    const [path, search] = req.url.split("?")
    if (search && STREAM_PATH.test(path)) {
      const params = new URLSearchParams(search)
      const key = readStreamToken(null, params.get("token"))?.publishable_key ?? params.get("publishable_key")
      if (key) {
        req.headers["x-publishable-api-key"] = key
      }
    }
  }
  next()
}

const installed = new WeakSet<object>()

/**
 * Puts publishableKeyFromQuery right after Express's own request setup, ahead
 * of Medusa's /store middlewares, at the app's first request (as the IP
 * blocklist is installed: the app is not reachable before).
 */
export function installPublishableKeyFromQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const app = req.app as any
  const stack: any[] | undefined = app?._router?.stack
  if (app && stack && !installed.has(app)) {
    installed.add(app)
    app.use(publishableKeyFromQuery)
    const layer = stack.pop()
    const setup = stack.findIndex((entry) => entry.name === "expressInit")
    stack.splice(setup + 1, 0, layer)
  }
  next()
}

/**
 * Who watches: the signed-in customer (bearer token or session cookie), or
 * the holder of a stream token for this delivery. 401 without either; the
 * delivery of another customer's order answers 404, as a missing one.
 */
export async function resolveStreamViewer(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  let customerId = req.auth_context?.actor_id || null
  const token = (req.query as Record<string, unknown>).token
  if (!customerId && token !== undefined) {
    const payload = readStreamToken(jwtSecretOf(req.scope), token)
    if (!payload || payload.delivery_id !== req.params.id) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This stream token is not valid for this delivery, or has expired; get a new one from GET /store/orders/:id/delivery.")
    }
    customerId = payload.customer_id
  }
  if (!customerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in as the order's customer, or pass the stream token from GET /store/orders/:id/delivery as ?token=.")
  }
  const delivery = await retrieveTrackedDelivery(req.scope, { id: req.params.id })
  if (!delivery || (await customerOfOrder(req.scope, delivery.order_id)) !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${req.params.id} was not found`)
  }
  ;(req as unknown as StreamRequest).delivery_stream = { delivery, customer_id: customerId }
  next()
}

/** The customer's own order, or 404 exactly as a missing one. */
export async function ensureOwnStoreOrder(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const customerId = await customerOfOrder(req.scope, req.params.id)
  if (!customerId || customerId !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  next()
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "crypto"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { nextVendorOrderStatus, type VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"
import { vendorOrderPaymentLockKey } from "../../../workflows/vendor-order/locks"

const WAIT_SECONDS = 30
const HOLD_SECONDS = 120

/**
 * Medusa's own admin routes that move one order's money (refund or capture a
 * payment, cancel an order) take the order's money lock for the whole request,
 * as Daraa's own refund, reject and cancel do, so that two of them on one
 * vendor order never read the same balance: Medusa's refund workflow records
 * every refund it finds on the payment with the amount of its own request.
 */
function holdOrderMoneyLock(orderIdOf: (req: MedusaRequest) => Promise<string | null>) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await takeLock(req, res)
    } catch (error) {
      return next(error)
    }
    next()
  }

  async function takeLock(req: MedusaRequest, res: MedusaResponse) {
    const orderId = await orderIdOf(req)
    if (!orderId) {
      return
    }
    const locking = req.scope.resolve(Modules.LOCKING)
    const key = vendorOrderPaymentLockKey(orderId)
    const ownerId = randomUUID()
    const until = Date.now() + WAIT_SECONDS * 1000
    for (;;) {
      try {
        await locking.acquire(key, { ownerId, expire: HOLD_SECONDS })
        break
      } catch {
        if (Date.now() > until) {
          throw new MedusaError(MedusaError.Types.CONFLICT, `Order ${orderId}'s money is being moved by another request; try again.`)
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
    let released = false
    const release = () => {
      if (!released) {
        released = true
        void locking.release(key, { ownerId }).catch(() => undefined)
      }
    }
    res.on("finish", release)
    res.on("close", release)
  }
}

/**
 * Medusa's cancel refunds an order before its `orderCanceled` hook can refuse
 * the cancel, and a refund cannot be taken back: a vendor order that is ready
 * or further along is refused here, before anything moves, with the same 409
 * as the vendor order routes give.
 */
async function refuseClosedVendorOrderCancel(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await refuseIfPastRejection(req)
  } catch (error) {
    return next(error)
  }
  next()
}

async function refuseIfPastRejection(req: MedusaRequest) {
  const [state] = await req.scope
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_id: req.params.id }, { select: ["vendor_status"] })
  const current = state?.vendor_status as VendorOrderStatus | undefined
  if (current && current !== "pending" && current !== "rejected" && current !== "cancelled") {
    nextVendorOrderStatus(current, "reject")
  }
}

async function orderOfPayment(req: MedusaRequest): Promise<string | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["payment_collection.order.id"], filters: { id: req.params.id } })
  return (data[0] as any)?.payment_collection?.order?.id ?? null
}

export const adminOrderMoneyLockMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/payments/:id/refund", middlewares: [holdOrderMoneyLock(orderOfPayment)] },
  { method: ["POST"], matcher: "/admin/payments/:id/capture", middlewares: [holdOrderMoneyLock(orderOfPayment)] },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/cancel",
    middlewares: [refuseClosedVendorOrderCancel, holdOrderMoneyLock(async (req) => req.params.id ?? null)],
  },
]

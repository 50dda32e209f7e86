import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import type { VendorOrderTransition } from "../../../modules/order-group/service"
import type { VendorOrderAction, VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"
import { vendorOrderLockKey } from "./transition-vendor-order"

export const closeCanceledVendorOrderStepId = "close-canceled-vendor-order"

const CLOSED: VendorOrderStatus[] = ["rejected", "cancelled"]

/**
 * A Medusa order was canceled by a path that did not move its vendor order
 * first (an admin's `POST /admin/orders/:id/cancel`): a pending order becomes
 * cancelled; one the vendor had accepted or was preparing can only leave by
 * rejection. An order already rejected or cancelled is left alone, and one
 * that is ready or further along answers 409, which undoes the cancel.
 *
 * Answers the transition, or null when there was nothing to move (not a
 * marketplace order, or already closed).
 */
export const closeCanceledVendorOrderStep = createStep(
  closeCanceledVendorOrderStepId,
  async (input: { order_id: string; reason: string }, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const transition = await container.resolve(Modules.LOCKING).execute(
      vendorOrderLockKey(input.order_id),
      async () => {
        const [state] = await service.listVendorOrderStates({ order_id: input.order_id }, { select: ["id", "vendor_status"] })
        const current = state?.vendor_status as VendorOrderStatus | undefined
        if (!state || !current || CLOSED.includes(current)) {
          return null
        }
        const action: VendorOrderAction = current === "pending" ? "cancel" : "reject"
        return service.transitionVendorOrderState(state.id, action, input.reason)
      },
      { timeout: 10 }
    )
    return new StepResponse(transition as VendorOrderTransition | null, transition ?? undefined)
  },
  async (transition: VendorOrderTransition | undefined, { container }) => {
    if (!transition) {
      return
    }
    await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).revertVendorOrderTransition(transition)
  }
)

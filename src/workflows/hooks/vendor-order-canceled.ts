import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type OrderGroupModuleService from "../../modules/order-group/service"
import type { VendorOrderStatus } from "../../modules/order-group/vendor-order-status"
import { transitionVendorOrderWorkflow } from "../vendor-order/workflows/transition-vendor-order"

/** Why an order canceled by Medusa's own cancel, not a vendor order route, was closed. */
export const CANCELED_BY_PLATFORM_REASON = "Cancelled by the platform"

const CLOSED: VendorOrderStatus[] = ["rejected", "cancelled"]

/**
 * Medusa's own cancel (`POST /admin/orders/:id/cancel`) goes through the
 * vendor order's one way in too: a pending order is cancelled, one the vendor
 * accepted or is preparing is rejected, with the same refunds, commission
 * adjustments, capture and event as any other; one that is ready or further
 * along answers 409, which makes Medusa undo its cancel. An order the
 * transition workflow is closing itself (it calls this cancel) is already
 * closed here and left to it; a non-marketplace order is left alone.
 */
cancelOrderWorkflow.hooks.orderCanceled(async ({ order }, { container }) => {
  const [state] = await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates({ order_id: order.id }, { select: ["id", "vendor_status"] })
  const current = state?.vendor_status as VendorOrderStatus | undefined
  if (!current || CLOSED.includes(current)) {
    return
  }
  await transitionVendorOrderWorkflow(container).run({
    input: {
      id: state.id,
      action: current === "pending" ? "cancel" : "reject",
      actor: { type: "admin", id: null },
      reason: CANCELED_BY_PLATFORM_REASON,
      only_from: [current],
      order_canceled: true,
    },
  })
})

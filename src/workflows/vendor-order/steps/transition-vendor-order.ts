import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import type { VendorOrderActor, VendorOrderTransition } from "../../../modules/order-group/service"
import type { VendorOrderAction, VendorOrderStatus } from "../../../modules/order-group/vendor-order-status"

export type TransitionVendorOrderStepInput = {
  /** The vendor order, by its Medusa order id or by its vendor order state id. */
  order_id?: string
  id?: string
  /** Scopes the lookup to one vendor: another vendor's order answers 404, as one that does not exist. */
  vendor_id?: string
  action: VendorOrderAction
  actor: VendorOrderActor
  reason?: string | null
  /**
   * Only move the order while it is still in one of these statuses. The
   * auto-reject job passes `["pending"]`, so an order its vendor accepted a
   * moment after the job read it stays accepted.
   */
  only_from?: VendorOrderStatus[]
}

export const transitionVendorOrderStepId = "transition-vendor-order"

/** How long a transition waits for another one on the same order before giving up. */
const LOCK_TIMEOUT_SECONDS = 10

/**
 * Moves one vendor order one step. Transitions of the same order are taken
 * one at a time under a lock, so a check of `only_from` and the move it
 * guards cannot be split by another request; the module's conditional
 * update still refuses a move from a status that changed meanwhile.
 */
export const transitionVendorOrderStep = createStep(
  transitionVendorOrderStepId,
  async (input: TransitionVendorOrderStepInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const state = await findVendorOrderState(service, input)
    const transition = await container.resolve(Modules.LOCKING).execute(
      vendorOrderLockKey(state.order_id),
      async () => {
        if (input.only_from) {
          const [fresh] = await service.listVendorOrderStates({ id: state.id }, { select: ["vendor_status"] })
          const current = fresh.vendor_status as VendorOrderStatus
          if (!input.only_from.includes(current)) {
            throw new MedusaError(
              MedusaError.Types.CONFLICT,
              `The order is ${current.replace(/_/g, " ")} now, no longer ${input.only_from.join(" or ").replace(/_/g, " ")}.`
            )
          }
        }
        return service.transitionVendorOrderState(state.id, input.action, input.reason ?? null, input.actor)
      },
      { timeout: LOCK_TIMEOUT_SECONDS }
    )
    return new StepResponse(transition, transition)
  },
  async (transition: VendorOrderTransition | undefined, { container }) => {
    if (!transition) {
      return
    }
    await container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE).revertVendorOrderTransition(transition)
  }
)

/** Every transition of one vendor order takes this lock. */
export function vendorOrderLockKey(orderId: string): string {
  return `vendor-order:${orderId}`
}

export async function findVendorOrderState(
  service: OrderGroupModuleService,
  input: { order_id?: string; id?: string; vendor_id?: string }
) {
  if (!input.order_id && !input.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A vendor order is named by its order_id or its id.")
  }
  const [state] = await service.listVendorOrderStates(
    {
      ...(input.order_id ? { order_id: input.order_id } : {}),
      ...(input.id ? { id: input.id } : {}),
      ...(input.vendor_id ? { vendor_id: input.vendor_id } : {}),
    },
    { select: ["id", "order_id", "vendor_id", "vendor_status"], take: 1 }
  )
  if (!state) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id ?? input.id} was not found`)
  }
  return state
}

import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents, type DeliveryMoved } from "../../events"
import { DELIVERY_EVENTS } from "../../modules/delivery/delivery-status"

/**
 * Emits a move (if any) twice: as the event of its new status
 * (`delivery.assigned`, …) and as `delivery.status_changed`. A delivery back
 * to pending (an offer declined or expired) has only the second.
 */
export function emitDeliveryMoved(name: string, moved: WorkflowData<DeliveryMoved | null>) {
  const specific = transform({ moved }, ({ moved }) => (moved && (moved.to !== "pending" || moved.from === null) ? moved : null))
  emitEventStep({
    eventName: transform({ moved }, ({ moved }) => DELIVERY_EVENTS[moved?.to ?? "pending"]),
    data: specific,
  }).config({ name: `emit-${name}` })
  emitEventStep({ eventName: DaraaEvents.DELIVERY_STATUS_CHANGED, data: moved }).config({ name: `emit-${name}-status-changed` })
}

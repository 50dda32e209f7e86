import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { updateCourierStep } from "../../courier/steps/update-courier"
import { advanceDeliveryPositionStep } from "../steps/advance-delivery-position"
import { claimNearNoticeStep } from "../steps/claim-near-notice"
import { estimateDeliveryProgressStep } from "../steps/estimate-delivery-progress"
import { publishDeliveryProgressStep } from "../steps/publish-delivery-progress"
import { storeTrackPointsStep } from "../steps/store-track-points"
import { validateDeliveryTrackingStep } from "../steps/validate-delivery-tracking"
import { isNear, type GpsPoint } from "../track-estimate"
import type { TrackedDelivery } from "../tracked-delivery"

export type RecordDeliveryLocationsWorkflowInput = {
  delivery_id: string
  courier_id: string
  /** The courier's delivery as the caller has just read it (TRACKED_DELIVERY_FIELDS); read here when absent. */
  delivery?: TrackedDelivery
  points: GpsPoint[]
  /** Within how many metres or seconds of the drop-off the customer is told the courier is near. */
  near_settings: { near_meters: number; near_seconds: number }
}

export const recordDeliveryLocationsWorkflowId = "record-delivery-locations"

/**
 * A batch of the courier's GPS points on one of its deliveries under way:
 * stored in one statement, then the delivery's position, smoothed speed,
 * remaining distance and ETA move forward, the courier's last position with
 * them, and watchers hear the position (once picked up) and the ETA (when it
 * moved by more than a minute). The customer is told once when the courier is near.
 */
export const recordDeliveryLocationsWorkflow = createWorkflow(
  recordDeliveryLocationsWorkflowId,
  (input: RecordDeliveryLocationsWorkflowInput) => {
    const delivery = validateDeliveryTrackingStep({ delivery_id: input.delivery_id, courier_id: input.courier_id, delivery: input.delivery })
    const { stored } = storeTrackPointsStep({ delivery_id: input.delivery_id, courier_id: input.courier_id, points: input.points })
    const progress = estimateDeliveryProgressStep({ delivery, points: input.points })
    // Moves nothing when the batch held nothing newer, or a newer batch got there first.
    const advanced = advanceDeliveryPositionStep({ delivery, position: progress.position })

    when({ advanced }, ({ advanced }) => advanced).then(() => {
      updateCourierStep(
        transform({ input, progress }, ({ input, progress }) => ({
          id: input.courier_id,
          update: { latitude: progress.position!.latitude, longitude: progress.position!.longitude, position_at: progress.position!.position_at },
        }))
      )
    })

    const claimed = claimNearNoticeStep(
      transform({ advanced, delivery, progress, input }, ({ advanced, delivery, progress, input }) => {
        const position = progress.position
        return {
          delivery_id: delivery.id,
          near: Boolean(
            advanced &&
              position &&
              position.remaining_km !== null &&
              position.eta_at &&
              isNear(delivery.status, position.remaining_km, new Date(position.eta_at), new Date(position.position_at), input.near_settings)
          ),
        }
      })
    )
    when({ claimed }, ({ claimed }) => claimed).then(() => {
      emitEventStep({
        eventName: DaraaEvents.DELIVERY_NEAR,
        data: transform({ delivery, progress }, ({ delivery, progress }) => ({
          id: delivery.id,
          order_id: delivery.order_id,
          vendor_id: delivery.vendor_id,
          courier_id: delivery.courier_id!,
          remaining_km: progress.position?.remaining_km ?? null,
          eta: progress.position?.eta_at ? new Date(progress.position.eta_at).toISOString() : null,
        })),
      })
    })

    const published = publishDeliveryProgressStep(
      transform({ advanced, delivery, progress }, ({ advanced, delivery, progress }) => ({
        delivery_id: delivery.id,
        status: delivery.status,
        position: advanced ? progress.position : null,
      }))
    )

    return new WorkflowResponse(
      transform(
        { stored, progress, advanced, claimed, published, input, delivery },
        ({ stored, progress, advanced, claimed, published, input, delivery }) => ({
          received: input.points.length,
          stored,
          ignored: progress.ignored,
          moved: Boolean(advanced),
          // A batch overtaken by a newer one leaves the delivery as that one moved it: not known here.
          overtaken: Boolean(progress.position) && !advanced,
          near: Boolean(claimed),
          published,
          // The delivery after the batch, without reading it again.
          delivery: advanced && progress.position ? { ...delivery, ...progress.position } : delivery,
        })
      )
    )
  }
)

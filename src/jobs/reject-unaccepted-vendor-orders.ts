import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../modules/order-group"
import type OrderGroupModuleService from "../modules/order-group/service"
import { transitionVendorOrderWorkflow } from "../workflows/vendor-order/workflows/transition-vendor-order"

/** Orders read at a time, oldest deadline first. */
export const REJECT_BATCH_SIZE = 50
/** At most this many per run; the rest wait a minute for the next one. */
export const REJECT_MAX_PER_RUN = 500

export const NOT_ACCEPTED_REASON = "Not accepted in time"

/**
 * A vendor order still pending when its `accept_by` passes (placed +
 * VENDOR_ORDER_ACCEPT_MINUTES) is rejected and its share refunded, so the
 * customer is not left waiting on a store that is not answering.
 */
export default async function rejectUnacceptedVendorOrders(container: MedusaContainer, batchSize = REJECT_BATCH_SIZE) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
  const now = new Date()
  const result = { rejected: [] as string[], skipped: [] as string[], failed: [] as string[] }
  // Orders already tried this run are left out of the next read, so a few that keep
  // failing at the head of the queue never hold up the ones behind them.
  const tried: string[] = []
  for (;;) {
    const overdue = await service.listVendorOrderStates(
      { vendor_status: "pending", accept_by: { $lt: now }, ...(tried.length ? { id: { $nin: tried } } : {}) },
      { select: ["id", "order_id"], order: { accept_by: "ASC", id: "ASC" }, take: batchSize }
    )
    if (!overdue.length) {
      break
    }
    tried.push(...overdue.map((state) => state.id))
    await rejectEach(container, overdue, result)
    if (tried.length >= REJECT_MAX_PER_RUN) {
      break
    }
  }
  if (result.rejected.length || result.failed.length) {
    logger.info(`Rejected ${result.rejected.length} vendor order(s) not accepted in time; ${result.failed.length} failed.`)
  }
  return result
}

async function rejectEach(
  container: MedusaContainer,
  overdue: { id: string; order_id: string }[],
  result: { rejected: string[]; skipped: string[]; failed: string[] }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const state of overdue) {
    try {
      // Only while still pending: a vendor who accepted after this run read the list keeps the order.
      await transitionVendorOrderWorkflow(container).run({
        input: { id: state.id, action: "reject", actor: { type: "system" }, reason: NOT_ACCEPTED_REASON, only_from: ["pending"] },
      })
      result.rejected.push(state.order_id)
    } catch (error: any) {
      if (error?.type === MedusaError.Types.CONFLICT) {
        result.skipped.push(state.order_id)
        continue
      }
      // One order that cannot be rejected must not hold up the others; the next run tries it again.
      result.failed.push(state.order_id)
      logger.error(`Could not reject unaccepted vendor order ${state.order_id}: ${error?.message ?? error}`)
    }
  }
}

export const config = {
  name: "reject-unaccepted-vendor-orders",
  schedule: "* * * * *",
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../modules/order-group"
import type OrderGroupModuleService from "../modules/order-group/service"
import { rejectVendorOrderWorkflow } from "../workflows/vendor-order/workflows/reject-vendor-order"

/** Orders handled per run, oldest deadline first; the rest wait a minute for the next run. */
export const REJECT_BATCH_SIZE = 50

export const NOT_ACCEPTED_REASON = "Not accepted in time"

/**
 * A vendor order still pending when its `accept_by` passes (placed +
 * VENDOR_ORDER_ACCEPT_MINUTES) is rejected and its share refunded, so the
 * customer is not left waiting on a store that is not answering.
 */
export default async function rejectUnacceptedVendorOrders(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const overdue = await container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .listVendorOrderStates(
      { vendor_status: "pending", accept_by: { $lt: new Date() } },
      { select: ["id", "order_id"], order: { accept_by: "ASC", id: "ASC" }, take: REJECT_BATCH_SIZE }
    )
  const result = { rejected: [] as string[], skipped: [] as string[], failed: [] as string[] }
  for (const state of overdue) {
    try {
      // Only while still pending: a vendor who accepted after this run read the list keeps the order.
      await rejectVendorOrderWorkflow(container).run({
        input: { id: state.id, reason: NOT_ACCEPTED_REASON, only_from: ["pending"] },
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
  if (result.rejected.length || result.failed.length) {
    logger.info(`Rejected ${result.rejected.length} vendor order(s) not accepted in time; ${result.failed.length} failed.`)
  }
  return result
}

export const config = {
  name: "reject-unaccepted-vendor-orders",
  schedule: "* * * * *",
}

import { MedusaService } from "@medusajs/framework/utils"
import { Courier } from "./models/courier"
import { CourierDocument } from "./models/courier-document"
import { CourierStatusChange } from "./models/courier-status-change"

export type CourierModuleOptions = {
  // How many deliveries a new courier may carry at once.
  max_active_deliveries?: number
}

export const DEFAULT_MAX_ACTIVE_DELIVERIES = 3

class CourierModuleService extends MedusaService({
  Courier,
  CourierDocument,
  CourierStatusChange,
}) {
  protected readonly options_: CourierModuleOptions

  constructor(container: Record<string, unknown>, options: CourierModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  /** The concurrent-delivery limit a courier gets when it registers. */
  defaultMaxActiveDeliveries(): number {
    return this.options_.max_active_deliveries ?? DEFAULT_MAX_ACTIVE_DELIVERIES
  }
}

export default CourierModuleService

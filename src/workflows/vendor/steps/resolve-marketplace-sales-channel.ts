import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/** Every vendor sells through the store's default sales channel: the marketplace. */
export const resolveMarketplaceSalesChannelStep = createStep(
  "resolve-marketplace-sales-channel",
  async (_: void, { container }) => {
    const stores = container.resolve(Modules.STORE)
    const [store] = await stores.listStores({}, { select: ["id", "default_sales_channel_id"], take: 1 })
    if (!store?.default_sales_channel_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The store has no default sales channel for vendors to sell through; run the seed or set one in the admin."
      )
    }
    return new StepResponse(store.default_sales_channel_id)
  }
)

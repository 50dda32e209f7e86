import { MedusaError } from "@medusajs/framework/utils"

/** What a vendor order's share payment knows of the checkout payment it is part of. */
export type CheckoutShareData = {
  order_id: string
  /** The checkout's payment (on the cart's payment collection) and its rail. */
  parent_payment_id: string
  parent_provider_id: string
  /** The rail's own data of the checkout payment (e.g. Stripe's payment intent), used to refund on it. */
  parent_data: Record<string, unknown>
  /** The rail has captured this share: authorising the share records it as captured. */
  rail_captured?: boolean
  /** Paid on delivery: nothing is authorised until the cash is collected. */
  awaiting_collection?: boolean
}

export function shareDataOf(data: Record<string, unknown> | undefined): CheckoutShareData {
  const share = (data ?? {}) as Partial<CheckoutShareData>
  if (!share.order_id || !share.parent_payment_id || !share.parent_provider_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A checkout share payment needs its order_id, parent_payment_id and parent_provider_id; it is created by Daraa's checkout, not by a storefront."
    )
  }
  return { ...share, parent_data: share.parent_data ?? {} } as CheckoutShareData
}

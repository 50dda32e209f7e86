import { EventPriority, MedusaError, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createHook, createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  compensatePaymentIfNeededStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartItemsStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { createOrderCommissionLinesStep } from "../../commission/steps/create-order-commission-lines"
import { MARKETPLACE_CART_FIELDS } from "../cart-fields"
import { splitCartByVendor, type VendorPart } from "../split-cart-by-vendor"
import { captureGroupPaymentStep } from "../steps/capture-group-payment"
import { createOrderGroupStep } from "../steps/create-order-group"
import { createVendorOrderPaymentsStep } from "../steps/create-vendor-order-payments"
import { registerPromotionUsageStep } from "../steps/register-promotion-usage"
import { validateMarketplaceCartStep } from "../steps/validate-marketplace-cart"
import { validatePaymentAllocationStep } from "../steps/validate-payment-allocation"
import { redeemCartLoyaltyPointsStep } from "../../loyalty/steps/redeem-cart-loyalty-points"
import { DaraaEvents } from "../../../events"

export const completeMarketplaceCartWorkflowId = "complete-marketplace-cart"

export type CompleteMarketplaceCartWorkflowInput = {
  id: string
  /** The caller already holds the cart's lock (Medusa's own completion does). */
  caller_holds_lock?: boolean
}

const THREE_DAYS = 60 * 60 * 24 * 3
const RESERVATION_RETRIES = 3

/**
 * Completes a cart as an order group: one Medusa order per vendor, each with
 * its own lines, delivery, taxes and promotion share, stock reserved at its
 * vendor's location. The customer's one payment is authorised once on its
 * rail (captured too when the policy says so at placement), and each order
 * gets its own payment collection holding its share (docs/payments.md).
 *
 * A lock on the cart makes parallel completions wait; the one that follows
 * finds the group and answers it. Any failure undoes every step: no orders,
 * no reservations, and the payment cancelled or refunded.
 */
export const completeMarketplaceCartWorkflow = createWorkflow(
  { name: completeMarketplaceCartWorkflowId, store: true, idempotent: false, retentionTime: THREE_DAYS },
  (input: CompleteMarketplaceCartWorkflowInput) => {
    // Medusa's own completion holds the cart's lock when it hands a cart over (hooks/complete-cart-as-group.ts).
    when("take-cart-lock", { input }, ({ input }) => !input.caller_holds_lock).then(() => {
      acquireLockStep({ key: input.id, timeout: 30, ttl: 120 })
    })

    const existing = useQueryGraphStep({
      entity: "order_group",
      fields: ["id"],
      filters: { cart_id: input.id },
    }).config({ name: "existing-order-group" })
    const existingGroupId = transform({ existing }, ({ existing }) => (existing.data[0] as any)?.id as string | undefined)

    const created = when("cart-not-yet-completed", { existingGroupId }, ({ existingGroupId }) => !existingGroupId).then(() => {
      const cartQuery = useQueryGraphStep({
        entity: "cart",
        fields: MARKETPLACE_CART_FIELDS,
        filters: { id: input.id },
        options: { throwIfKeyNotFound: true },
      }).config({ name: "marketplace-cart" })
      const cart = transform({ cartQuery }, ({ cartQuery }) => cartQuery.data[0] as any)

      validateCartItemsStep({ cart } as any)
      const paymentSessions = validateCartPaymentsStep({ cart } as any)
      const paymentSessionId = transform({ paymentSessions }, ({ paymentSessions }) => (paymentSessions as any[])[0]?.id ?? null)
      compensatePaymentIfNeededStep({ payment_session_id: paymentSessionId })
      createHook("validate", { input, cart })

      const parts = validateMarketplaceCartStep({ cart })
      // Points paying part of the cart are spent here, once, and given back if anything after fails (docs/loyalty.md).
      redeemCartLoyaltyPointsStep({ cart })
      const vendorOrders = transform({ cart, parts }, ({ cart, parts }) => splitCartByVendor(cart, parts))
      const ordersInput = transform({ vendorOrders }, ({ vendorOrders }) => vendorOrders.map(({ order }) => order))
      const createdOrders = createOrdersStep(ordersInput as any)

      // createOrdersStep does not keep the input order: each order is matched to its vendor by its lines.
      // Medusa answers created orders with their computed totals; no need to read them again.
      const placed = transform({ createdOrders, cart, parts }, ({ createdOrders, cart, parts }) => {
        const vendorOfItem = new Map<string, string>(parts.flatMap((part) => part.item_ids.map((itemId) => [itemId, part.vendor_id] as [string, string])))
        const vendorOfProduct = new Map<string, string | undefined>(
          (cart.items ?? []).map((item: any) => [item.product_id, vendorOfItem.get(item.id)])
        )
        const rank = new Map(parts.map((part, index) => [part.vendor_id, index]))
        return (createdOrders as any[])
          .map((order) => {
            const vendorId = vendorOfProduct.get(order.items?.[0]?.product_id)
            if (!vendorId) {
              throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Order ${order.id} matches no vendor of the cart.`)
            }
            return {
              order_id: order.id as string,
              display_id: order.display_id as number,
              total: order.raw_total ?? order.total,
              currency_code: order.currency_code as string,
              items: (order.items ?? []) as any[],
              vendor_id: vendorId,
            }
          })
          .sort((a, b) => (rank.get(a.vendor_id) ?? 0) - (rank.get(b.vendor_id) ?? 0))
      })

      const paymentAmount = transform({ cart }, ({ cart }) =>
        cart.payment_collection ? cart.payment_collection.raw_amount ?? cart.payment_collection.amount : null
      )
      const allocation = validatePaymentAllocationStep({
        orders: transform({ placed }, ({ placed }) => placed.map((order) => ({ id: order.order_id, total: order.total }))),
        payment_amount: paymentAmount,
      })

      const group = createOrderGroupStep(
        transform({ cart, placed, allocation }, ({ cart, placed, allocation }) => ({
          cart_id: cart.id,
          customer_id: cart.customer_id ?? null,
          email: cart.email ?? null,
          currency_code: cart.currency_code,
          total: allocation.total,
          payment_collection_id: cart.payment_collection?.id ?? null,
          orders: placed.map(({ order_id, vendor_id, display_id }) => ({ order_id, vendor_id, display_id })),
        }))
      )

      const links = transform({ cart, placed, group, vendorOrders }, ({ cart, placed, group, vendorOrders }) => {
        const groupId = group.group.id
        const links: any[] = []
        for (const order of placed) {
          links.push({ [ORDER_GROUP_MODULE]: { order_group_id: groupId }, [Modules.ORDER]: { order_id: order.order_id } })
          links.push({ [VENDOR_MODULE]: { vendor_id: order.vendor_id }, [Modules.ORDER]: { order_id: order.order_id } })
          // Medusa's own completion and its payment webhook find the cart's orders by this link.
          links.push({ [Modules.ORDER]: { order_id: order.order_id }, [Modules.CART]: { cart_id: cart.id } })
        }
        if (cart.payment_collection?.id) {
          links.push({
            [ORDER_GROUP_MODULE]: { order_group_id: groupId },
            [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection.id },
          })
        }
        const cartPromotionIds = new Set((cart.promotions ?? []).map((promotion: any) => promotion.id))
        placed.forEach((order) => {
          const input = vendorOrders.find((candidate) => candidate.vendor_id === order.vendor_id)?.order as any
          const used = new Set<string>(
            [...(input.items ?? []), ...(input.shipping_methods ?? [])]
              .flatMap((line: any) => line.adjustments ?? [])
              .map((adjustment: any) => adjustment.promotion_id)
              .filter((id: string | undefined) => id && cartPromotionIds.has(id))
          )
          for (const promotionId of used) {
            links.push({ [Modules.ORDER]: { order_id: order.order_id }, [Modules.PROMOTION]: { promotion_id: promotionId } })
          }
        })
        return links
      })

      const reservations = transform({ cart, placed, parts }, ({ cart, placed, parts }) => reservationsFor(cart, placed, parts))

      const promotionUsage = transform({ cart }, ({ cart }) => ({
        computedActions: [...(cart.items ?? []), ...(cart.shipping_methods ?? [])]
          .flatMap((line: any) => line.adjustments ?? [])
          .map((adjustment: any) => ({ amount: adjustment.amount, code: adjustment.code })),
        registrationContext: { customer_id: cart.customer_id ?? null, customer_email: cart.email ?? null },
      }))

      parallelize(
        createRemoteLinkStep(links),
        createOrderCommissionLinesStep({
          orders: transform({ placed }, ({ placed }) =>
            placed.map(({ order_id, vendor_id, currency_code, items }) => ({ order_id, vendor_id, currency_code, items }))
          ),
        }),
        updateCartsStep([transform({ cart }, ({ cart }) => ({ id: cart.id, completed_at: new Date() }))] as any),
        // Medusa's reservation waits 5 s for the inventory items' locks; many checkouts of the
        // same products at one moment can queue longer, so it tries again before giving up
        // (nothing is reserved when the lock is not had). A last timeout answers 409 (error-handler.ts).
        reserveInventoryStep(reservations as any).config({ maxRetries: RESERVATION_RETRIES }),
        registerPromotionUsageStep(promotionUsage)
      )

      // Authorise, then capture, last: nothing after them is likely to fail and undo them.
      const payment = authorizePaymentSessionStep({ id: paymentSessionId } as any)
      const railCapture = captureGroupPaymentStep({ payment })
      const shares = createVendorOrderPaymentsStep(
        transform({ placed, railCapture, allocation }, ({ placed, railCapture, allocation }) => ({
          payment: railCapture.payment,
          plan: railCapture.plan,
          rail_captured: railCapture.rail_captured,
          orders: placed.map((order, index) => ({
            order_id: order.order_id,
            currency_code: order.currency_code,
            amount: allocation.shares[index].amount,
          })),
        }))
      )
      createRemoteLinkStep(
        transform({ shares }, ({ shares }) =>
          shares.map((share) => ({
            [Modules.ORDER]: { order_id: share.order_id },
            [Modules.PAYMENT]: { payment_collection_id: share.payment_collection_id },
          }))
        )
      ).config({ name: "link-vendor-order-payments" })
      addOrderTransactionStep(
        transform({ shares }, ({ shares }) =>
          shares
            .filter((share) => share.capture_id)
            .map((share) => ({
              order_id: share.order_id,
              amount: share.amount,
              currency_code: share.currency_code,
              reference: "capture",
              reference_id: share.capture_id,
            }))
        ) as any
      )

      emitEventStep({
        eventName: OrderWorkflowEvents.PLACED,
        data: transform({ placed }, ({ placed }) => placed.map((order) => ({ id: order.order_id }))),
        options: { priority: EventPriority.CRITICAL },
      }).config({ name: "emit-orders-placed" })
      // Shares captured with the checkout, as a later capture announces its own (the ledger posts each).
      emitEventStep({
        eventName: DaraaEvents.VENDOR_ORDER_CAPTURED,
        data: transform({ shares }, ({ shares }) =>
          shares
            .filter((share) => share.capture_id && share.payment_id)
            .map((share) => ({ order_id: share.order_id, payment_id: share.payment_id!, amount: share.amount, currency_code: share.currency_code }))
        ),
      }).config({ name: "emit-vendor-orders-captured" })
      emitEventStep({
        eventName: DaraaEvents.ORDER_GROUP_PLACED,
        data: transform({ group }, ({ group }) => ({ id: group.group.id })),
      }).config({ name: "emit-order-group-placed" })
      createHook("orderGroupCreated", { order_group_id: transform({ group }, ({ group }) => group.group.id), cart_id: input.id })
      return transform({ group }, ({ group }) => group.group.id as string)
    })

    when("give-back-cart-lock", { input }, ({ input }) => !input.caller_holds_lock).then(() => {
      releaseLockStep({ key: input.id })
    })
    const result = transform({ created, existingGroupId }, ({ created, existingGroupId }) => ({
      order_group_id: (created ?? existingGroupId) as string,
    }))
    return new WorkflowResponse(result)
  }
)

/** One reservation per order line and inventory item, at the line's vendor's own stock location. */
function reservationsFor(cart: any, placed: { vendor_id: string; items: any[] }[], parts: VendorPart[]) {
  const variants = new Map<string, any>((cart.items ?? []).map((item: any) => [item.variant_id, item.variant]))
  const locationOf = new Map(parts.map((part) => [part.vendor_id, part.stock_location_id]))
  const items: any[] = []
  for (const order of placed) {
    for (const item of order.items) {
      const variant = variants.get(item.variant_id)
      if (!variant?.manage_inventory) {
        continue
      }
      for (const inventoryItem of variant.inventory_items ?? []) {
        items.push({
          id: item.id,
          inventory_item_id: inventoryItem.inventory_item_id,
          required_quantity: inventoryItem.required_quantity,
          allow_backorder: !!variant.allow_backorder,
          quantity: item.raw_quantity ?? item.quantity ?? item.detail?.quantity,
          location_ids: [locationOf.get(order.vendor_id)],
        })
      }
    }
  }
  return { items }
}

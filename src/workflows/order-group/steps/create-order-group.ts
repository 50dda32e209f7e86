import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"

export type CreateOrderGroupInput = {
  cart_id: string
  customer_id: string | null
  email: string | null
  currency_code: string
  total: any
  payment_collection_id: string | null
  orders: { order_id: string; vendor_id: string; display_id: number }[]
}

export const createOrderGroupStepId = "create-order-group"

/** Records the group and each vendor order's state, pending until its vendor accepts. */
export const createOrderGroupStep = createStep(
  createOrderGroupStepId,
  async (input: CreateOrderGroupInput, { container }) => {
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const group = await service.createOrderGroups({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      email: input.email,
      currency_code: input.currency_code,
      total: input.total,
      payment_collection_id: input.payment_collection_id,
    })
    const acceptBy = service.acceptDeadline()
    const states = await service.createVendorOrderStates(
      input.orders.map((order) => ({
        order_id: order.order_id,
        vendor_id: order.vendor_id,
        display_id: order.display_id,
        accept_by: acceptBy,
        order_group_id: group.id,
      }))
    )
    return new StepResponse({ group, states }, group.id)
  },
  async (groupId, { container }) => {
    if (!groupId) {
      return
    }
    // Hard delete: the cart may be completed again, and cart_id is unique.
    const service = container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const states = await service.listVendorOrderStates({ order_group_id: groupId }, { select: ["id"] })
    await service.deleteVendorOrderStates(states.map((state) => state.id))
    await service.deleteOrderGroups(groupId)
  }
)

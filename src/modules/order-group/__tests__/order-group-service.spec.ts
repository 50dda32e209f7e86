import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ORDER_GROUP_MODULE } from ".."
import { OrderGroup } from "../models/order-group"
import { VendorOrderRefund } from "../models/vendor-order-refund"
import { VendorOrderState } from "../models/vendor-order-state"
import { VendorOrderStatusChange } from "../models/vendor-order-status-change"
import OrderGroupModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<OrderGroupModuleService>({
  moduleName: ORDER_GROUP_MODULE,
  resolve: "./src/modules/order-group",
  moduleModels: [OrderGroup, VendorOrderState, VendorOrderRefund, VendorOrderStatusChange],
  moduleOptions: { accept_window_minutes: 7 },
  testSuite: ({ service }) => {
    let sequence = 0
    async function pendingState() {
      sequence += 1
      const group = await service.createOrderGroups({ cart_id: `cart_${sequence}`, currency_code: "syp", total: 100 })
      return service.createVendorOrderStates({
        order_id: `order_${sequence}`,
        vendor_id: "ven_1",
        display_id: sequence,
        accept_by: service.acceptDeadline(),
        order_group_id: group.id,
      })
    }

    it("gives a vendor the configured window to accept", () => {
      const placed = new Date("2026-01-01T10:00:00Z")
      expect(service.acceptDeadline(placed).toISOString()).toEqual("2026-01-01T10:07:00.000Z")
    })

    it("refuses a second group for the same cart", async () => {
      await service.createOrderGroups({ cart_id: "cart_once", currency_code: "syp", total: 1 })
      await expect(service.createOrderGroups({ cart_id: "cart_once", currency_code: "syp", total: 1 })).rejects.toThrow()
    })

    it("moves a vendor order one step, stamps when, and records who moved it", async () => {
      const state = await pendingState()
      const transition = await service.transitionVendorOrderState(state.id, "accept", null, { type: "vendor", id: "mem_1" })
      expect(transition).toMatchObject({ from: "pending", to: "accepted", order_id: state.order_id })
      const stored = await service.retrieveVendorOrderState(state.id)
      expect(stored.vendor_status).toEqual("accepted")
      expect(stored.accepted_at).toBeTruthy()
      const changes = await service.listVendorOrderStatusChanges({ order_id: state.order_id })
      expect(changes).toEqual([
        expect.objectContaining({
          id: transition.change_id,
          action: "accept",
          from_status: "pending",
          to_status: "accepted",
          actor_type: "vendor",
          actor_id: "mem_1",
        }),
      ])
      expect(new Date(changes[0].created_at).getTime()).toEqual(transition.at.getTime())
      await expect(service.transitionVendorOrderState(state.id, "accept")).rejects.toThrow(/accepted cannot be accepted/)
    })

    it("lets exactly one of racing transitions win", async () => {
      const state = await pendingState()
      const outcomes = await Promise.allSettled([
        service.transitionVendorOrderState(state.id, "accept"),
        service.transitionVendorOrderState(state.id, "reject", "Closed today"),
        service.transitionVendorOrderState(state.id, "cancel", "Changed my mind"),
        service.transitionVendorOrderState(state.id, "accept"),
      ])
      const won = outcomes.filter((outcome) => outcome.status === "fulfilled")
      expect(won).toHaveLength(1)
      const stored = await service.retrieveVendorOrderState(state.id)
      expect(stored.vendor_status).toEqual((won[0] as PromiseFulfilledResult<any>).value.to)
      expect(await service.listVendorOrderStatusChanges({ order_id: state.order_id })).toHaveLength(1)
    })

    it("reverts a transition for compensation", async () => {
      const state = await pendingState()
      const transition = await service.transitionVendorOrderState(state.id, "reject", "Out of flour")
      await service.revertVendorOrderTransition(transition)
      const stored = await service.retrieveVendorOrderState(state.id)
      expect(stored.vendor_status).toEqual("pending")
      expect(stored.rejected_at).toBeNull()
      expect(stored.status_reason).toBeNull()
      expect(await service.listVendorOrderStatusChanges({ order_id: state.order_id })).toEqual([])
    })
  },
})

import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { settleCanceledVendorOrderWorkflow } from "../vendor-order/workflows/settle-canceled-vendor-order"

/**
 * However a vendor's order is canceled (the vendor order routes, the
 * auto-reject job, or Medusa's own `POST /admin/orders/:id/cancel`), its share
 * of the checkout's payment is refunded here, once. A failure fails the cancel,
 * which Medusa then undoes.
 */
cancelOrderWorkflow.hooks.orderCanceled(async ({ order }, { container }) => {
  await settleCanceledVendorOrderWorkflow(container).run({
    input: { order_id: order.id },
  })
})

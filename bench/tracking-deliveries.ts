import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { DELIVERY_MODULE } from "../src/modules/delivery"
import type DeliveryModuleService from "../src/modules/delivery/service"

/**
 * Bench only, run by bench/benchmarks/tracking.js:
 * `medusa exec bench/tracking-deliveries.ts <input.json> <output.json>`.
 * Gives the courier one picked-up delivery per order in the input (the
 * dispatch workflows would), and writes their ids.
 */
export default async function createTrackingDeliveries({ container, args }: ExecArgs) {
  const [inputPath, outputPath] = args
  const input = JSON.parse(fs.readFileSync(inputPath, "utf8")) as {
    courier_id: string
    orders: { id: string; vendor_id: string; customer_id: string }[]
  }
  const created = await container.resolve<DeliveryModuleService>(DELIVERY_MODULE).createDeliveries(
    input.orders.map((order) => ({
      order_id: order.id,
      vendor_id: order.vendor_id,
      customer_id: order.customer_id,
      courier_id: input.courier_id,
      status: "picked_up" as const,
      currency_code: "syp",
      fee: 100,
      proof_code: "4821",
      pickup_latitude: 32.6189,
      pickup_longitude: 36.1021,
      dropoff_latitude: 32.7,
      dropoff_longitude: 36.1021,
      assigned_at: new Date(),
      picked_up_at: new Date(),
    }))
  )
  fs.writeFileSync(outputPath, JSON.stringify(created.map((delivery) => delivery.id)))
}

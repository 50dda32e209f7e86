import type { MedusaContainer } from "@medusajs/framework/types"
import { retryNotificationDeliveriesWorkflow } from "../workflows/notification/workflows/retry-notification-deliveries"

/** Email, SMS and push sends that failed are retried with backoff until they succeed or run out of attempts. */
export default async function retryNotificationDeliveries(container: MedusaContainer) {
  await retryNotificationDeliveriesWorkflow(container).run()
}

export const config = {
  name: "retry-notification-deliveries",
  schedule: "* * * * *",
}

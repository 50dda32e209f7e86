import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeCardService } from "./service"

// Cards only: provider id `pp_stripe_stripe`, webhook at /hooks/payment/stripe_stripe.
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeCardService],
})

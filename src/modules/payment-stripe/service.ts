import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { createRequire } from "module"

export type StripeCardOptions = StripeOptions & {
  /**
   * Another origin for Stripe's API (a local fake in tests, a self-hosted mock).
   * Stripe's own `api.stripe.com` when unset.
   */
  apiBaseUrl?: string
}

type StripeClient = StripeProviderService["stripe_"]
type StripeClientClass = new (apiKey: string, config: { host: string; port: number; protocol: "http" | "https" }) => StripeClient

/**
 * The `stripe` package Medusa's provider depends on (its own version, which
 * may differ from any other copy installed).
 */
function providerStripeClass(): StripeClientClass {
  const fromProvider = createRequire(require.resolve("@medusajs/payment-stripe"))
  return fromProvider("stripe") as StripeClientClass
}

/**
 * Medusa's Stripe card provider, unchanged, except that its Stripe client may
 * talk to another origin than Stripe's: Medusa's provider builds its client
 * from the API key alone.
 */
export class StripeCardService extends StripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StripeCardOptions) {
    super(cradle, options)
    if (options.apiBaseUrl) {
      const origin = new URL(options.apiBaseUrl)
      const protocol = origin.protocol === "http:" ? "http" : "https"
      const Stripe = providerStripeClass()
      this.stripe_ = new Stripe(options.apiKey, {
        protocol,
        host: origin.hostname,
        port: origin.port ? Number(origin.port) : protocol === "http" ? 80 : 443,
      })
    }
  }
}

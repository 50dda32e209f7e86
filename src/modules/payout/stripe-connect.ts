import { getSmallestUnit } from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"
import type { BigNumberInput } from "@medusajs/framework/types"
import { createRequire } from "module"

export type StripeConnectOptions = {
  api_key: string
  /** The signing secret of the webhook endpoint that receives transfer events (POST /hooks/payouts/stripe). */
  webhook_secret: string
  /** Another origin for Stripe's API (a local fake in tests); api.stripe.com when unset. */
  api_base_url?: string
}

export type StripeTransferResult = { ok: true; transfer_id: string } | { ok: false; reason: string }

export type StripeConnectEvent = { id: string; type: string; data: { object: Record<string, any> } }

/** The `stripe` package Medusa's Stripe provider depends on, so one Stripe client version serves both. */
function stripeClass(): any {
  return createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")
}

/**
 * Payouts through Stripe Connect: a transfer from the platform's Stripe
 * balance to the payee's connected account, with an idempotency key, so a
 * retried send never transfers twice; and the webhook's signed events.
 */
export class StripeConnectRail {
  private readonly client: any
  private readonly stripe: any

  constructor(private readonly options: StripeConnectOptions) {
    this.stripe = stripeClass()
    const origin = options.api_base_url ? new URL(options.api_base_url) : null
    const protocol = origin?.protocol === "http:" ? "http" : "https"
    this.client = origin
      ? new this.stripe(options.api_key, { protocol, host: origin.hostname, port: origin.port ? Number(origin.port) : protocol === "http" ? 80 : 443 })
      : new this.stripe(options.api_key)
  }

  /** Whether a connected account exists and can receive transfers; a sentence saying why not otherwise. */
  async checkAccount(accountId: string): Promise<string | null> {
    try {
      const account = await this.client.accounts.retrieve(accountId)
      if (account?.capabilities?.transfers && account.capabilities.transfers !== "active") {
        return `The Stripe account ${accountId} cannot receive transfers yet (transfers capability: ${account.capabilities.transfers}).`
      }
      return null
    } catch (error: any) {
      return error?.statusCode === 404 || error?.code === "resource_missing"
        ? `No Stripe account ${accountId} is connected to this platform.`
        : `Stripe did not confirm the account ${accountId}: ${error?.message ?? "unknown error"}.`
    }
  }

  async transfer(input: { payout_id: string; amount: BigNumberInput; currency_code: string; destination: string }): Promise<StripeTransferResult> {
    try {
      const transfer = await this.client.transfers.create(
        {
          amount: getSmallestUnit(input.amount, input.currency_code),
          currency: input.currency_code.toLowerCase(),
          destination: input.destination,
          transfer_group: input.payout_id,
          metadata: { payout_id: input.payout_id },
        },
        { idempotencyKey: `payout:${input.payout_id}` }
      )
      return { ok: true, transfer_id: transfer.id }
    } catch (error: any) {
      // Stripe refused it (no balance, a closed account…): the payout fails with Stripe's reason.
      if (error?.type === "StripeInvalidRequestError" || error?.type === "StripeCardError" || (error?.statusCode && error.statusCode < 500)) {
        return { ok: false, reason: `Stripe refused the transfer: ${error.message}` }
      }
      throw error
    }
  }

  /** The event, if the Stripe-Signature header proves that Stripe sent this exact body; throws otherwise. */
  verifyEvent(rawBody: string | Buffer, signature: string): StripeConnectEvent {
    return this.stripe.webhooks.constructEvent(rawBody, signature, this.options.webhook_secret) as StripeConnectEvent
  }
}

import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  IPaymentProvider,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { shareDataOf, type CheckoutShareData } from "./share-data"

/**
 * Opens one vendor order's share of the checkout's one payment.
 *
 * The customer authorises once, on the cart's payment collection, with a real
 * rail (a card provider, the system provider, later wallet and cash). Each
 * vendor order then gets its own payment collection whose session is opened
 * and authorised here, without calling the rail: opening it with the rail's
 * provider would make a second payment intent at Stripe. Once authorised, the
 * share is recorded under the rail's provider (docs/payments.md), which then
 * handles Medusa's refunds and captures of it. Should a share still be under
 * this provider, it refunds on the rail too, and refuses a capture the rail
 * has not made.
 */
class CheckoutSharePaymentProvider extends AbstractPaymentProvider {
  static identifier = "checkout-share"

  protected readonly container_: Record<string, unknown>

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(container, options)
    this.container_ = container
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = shareDataOf(input.data)
    return { id: `share_${data.order_id}`, data, status: PaymentSessionStatus.PENDING }
  }

  /**
   * The rail already holds the customer's authorisation. A share is captured at
   * once when the checkout payment was captured for it, awaits the cash when
   * the rail is paid on delivery, and is authorised otherwise.
   */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = shareDataOf(input.data)
    if (data.rail_captured) {
      return { data, status: PaymentSessionStatus.CAPTURED }
    }
    if (data.awaiting_collection) {
      // Medusa keeps the session open and the collection awaiting, with no payment yet.
      return { data, status: PaymentSessionStatus.PENDING_AUTHORIZATION }
    }
    return { data, status: PaymentSessionStatus.AUTHORIZED }
  }

  /**
   * A share is captured only once the rail has captured it; Daraa's capture
   * workflow captures the rail first and marks the share. Capturing a share by
   * itself would show money that the rail never took.
   */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = shareDataOf(input.data)
    if (!data.rail_captured) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${data.order_id}'s payment is captured by Daraa when its capture policy says (at placement, when the vendor accepts, or when cash is collected), never by itself.`
      )
    }
    return { data }
  }

  /** Refunds the amount on the rail, on the checkout's payment, so the customer gets exactly this order's money back. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = shareDataOf(input.data)
    const rail = this.rail(data)
    await rail.refundPayment({ data: data.parent_data, amount: input.amount, context: input.context })
    return { data }
  }

  /** A share's authorisation is released with its checkout's; Daraa's capture workflow decides when. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = shareDataOf(input.data)
    const status = data.rail_captured
      ? PaymentSessionStatus.CAPTURED
      : data.awaiting_collection
        ? PaymentSessionStatus.PENDING_AUTHORIZATION
        : PaymentSessionStatus.AUTHORIZED
    return { status, data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  /** Shares have no webhooks of their own; the rail's webhooks arrive for the checkout payment. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private rail(data: CheckoutShareData): IPaymentProvider {
    let rail: IPaymentProvider | undefined
    try {
      rail = this.container_[data.parent_provider_id] as IPaymentProvider | undefined
    } catch {
      rail = undefined
    }
    if (!rail) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `The payment provider ${data.parent_provider_id} of order ${data.order_id}'s checkout is not configured.`
      )
    }
    return rail
  }
}

export default CheckoutSharePaymentProvider

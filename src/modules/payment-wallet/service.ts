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
  Logger,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { refundPaid, walletCapture, walletHold, walletHoldRelease } from "../wallet/postings"
import type WalletModuleService from "../wallet/service"

/**
 * The payment module's container. `wallet` is there because the payment
 * module lists it in its `dependencies` (medusa-config.ts).
 */
type ProviderContainer = { wallet: WalletModuleService; logger: Logger }

/** What a wallet payment keeps in its session and payment data. */
export type WalletPaymentData = {
  session_id: string
  customer_id: string
  currency_code: string
  amount: string
  status: "pending" | "held" | "captured" | "released"
  /** Present on a vendor order's share of a checkout paid by wallet (docs/payments.md). */
  daraa_share?: { order_id: string; parent_payment_id: string }
}

const dataOf = (input: { data?: Record<string, unknown> }): WalletPaymentData | null => {
  const data = input.data as Partial<WalletPaymentData> | undefined
  return data?.session_id && data.customer_id && data.currency_code ? (data as WalletPaymentData) : null
}

/**
 * Pays from the customer's Daraa wallet (`pp_wallet_wallet`), through the
 * ledger: authorising holds the amount (customer → wallet holds), capturing
 * takes it (holds → clearing), cancelling releases it (holds → customer), and
 * a refund credits the wallet (clearing → customer). Every posting has its
 * idempotency key, so a retried call moves nothing twice, and the ledger
 * refuses a hold the wallet cannot cover, with a 400 naming the shortfall.
 */
class WalletPaymentProviderService extends AbstractPaymentProvider {
  static identifier = "wallet"

  protected readonly container_: ProviderContainer

  constructor(container: ProviderContainer, options: Record<string, unknown> = {}) {
    // @ts-ignore the abstract constructor takes the same arguments
    super(...arguments)
    this.container_ = container
  }

  private async checkCovers(customerId: string, currencyCode: string, amount: string) {
    const wallet = await this.container_.wallet.walletOf({ owner_type: "customer", owner_id: customerId, currency_code: currencyCode })
    if (MathBN.lt(wallet.available, amount)) {
      const currency = currencyCode.toUpperCase()
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Your wallet has ${MathBN.convert(wallet.available).toFixed()} ${currency} available; this payment takes ${amount} ${currency}, ${MathBN.sub(amount, wallet.available).toFixed()} ${currency} short. Top up the wallet or choose another payment method.`
      )
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const customerId = input.context?.customer?.id
    if (!customerId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Paying from the wallet needs a signed-in customer: sign in, then choose the wallet again.")
    }
    const sessionId = (input.data?.session_id as string | undefined) ?? `wses_${Date.now().toString(36)}`
    const amount = MathBN.convert(input.amount).toFixed()
    await this.checkCovers(customerId, input.currency_code, amount)
    const data: WalletPaymentData = { session_id: sessionId, customer_id: customerId, currency_code: input.currency_code.toLowerCase(), amount, status: "pending" }
    return { id: sessionId, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = dataOf(input)
    if (!data) {
      return { data: input.data }
    }
    const amount = MathBN.convert(input.amount).toFixed()
    await this.checkCovers(data.customer_id, data.currency_code, amount)
    return { data: { ...data, amount }, status: PaymentSessionStatus.PENDING }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = dataOf(input)
    if (!data) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This wallet payment has no customer; choose the wallet again.")
    }
    if (data.status === "held" || data.status === "captured") {
      return { data, status: PaymentSessionStatus.AUTHORIZED }
    }
    await this.container_.wallet.postTransaction(walletHold(data))
    return { data: { ...data, status: "held" }, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = dataOf(input)
    if (!data) {
      // A share whose checkout was not captured yet carries no wallet reference (docs/payments.md).
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "No wallet payment to capture.")
    }
    if (data.status === "released") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This wallet payment was released and cannot be captured.")
    }
    // One capture per authorisation: the whole hold, once (its key makes a retry a no-op).
    await this.container_.wallet.postTransaction(walletCapture(data))
    return { data: { ...data, status: "captured" } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = dataOf(input)
    if (!data) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "No wallet payment to refund.")
    }
    const refundId = input.context?.idempotency_key
    if (!refundId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A wallet refund needs its refund id as the idempotency key.")
    }
    await this.container_.wallet.postTransaction(
      refundPaid({
        refund_id: refundId,
        order_id: data.daraa_share?.order_id ?? null,
        currency_code: data.currency_code,
        amount: MathBN.convert(input.amount).toFixed(),
        destination: { wallet_of: data.customer_id },
      })
    )
    return { data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = dataOf(input)
    // A share without the wallet's reference, or a session never held: nothing to release.
    if (!data || data.status !== "held" || data.daraa_share) {
      return { data: input.data }
    }
    await this.container_.wallet.postTransaction(walletHoldRelease(data))
    return { data: { ...data, status: "released" } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return this.cancelPayment(input)
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = dataOf(input)
    const status =
      data?.status === "captured"
        ? PaymentSessionStatus.CAPTURED
        : data?.status === "held"
          ? PaymentSessionStatus.AUTHORIZED
          : data?.status === "released"
            ? PaymentSessionStatus.CANCELED
            : PaymentSessionStatus.PENDING
    return { status, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    // The wallet is Daraa's own ledger: nothing outside calls back.
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default WalletPaymentProviderService

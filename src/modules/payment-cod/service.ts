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
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

/**
 * Cash on delivery (`pp_cod_cod`). Authorised at checkout with nothing held,
 * since the customer pays the courier or the store in cash. Each vendor
 * order's share is captured when its cash is collected
 * (`POST /admin/vendor-orders/:id/cash-collected`), which also posts the cash
 * to the ledger. A refund of cash already collected cannot go back on this
 * rail: Daraa credits the customer's wallet instead (docs/wallet.md), so the
 * provider itself moves nothing.
 */
class CashOnDeliveryProviderService extends AbstractPaymentProvider {
  static identifier = "cod"

  constructor(container: Record<string, unknown>, options: Record<string, unknown> = {}) {
    // @ts-ignore the abstract constructor takes the same arguments
    super(...arguments)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const id = (input.data?.session_id as string | undefined) ?? `cod_${Date.now().toString(36)}`
    return { id, data: { id, amount: MathBN.convert(input.amount).toFixed(), currency_code: input.currency_code.toLowerCase() } }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: { ...(input.data ?? {}), amount: MathBN.convert(input.amount).toFixed() } }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: input.data, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...(input.data ?? {}), collected: true } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: input.data?.collected ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default CashOnDeliveryProviderService

import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { startFakeStripe, type FakeStripe } from "../../../../integration-tests/fixtures/fake-stripe"
import { StripeCardService } from "../service"

const API_KEY = "sk_test_daraa"
const WEBHOOK_SECRET = "whsec_daraa"

describe("the Stripe card provider", () => {
  let fake: FakeStripe
  let provider: StripeCardService

  beforeAll(async () => {
    fake = await startFakeStripe({ apiKey: API_KEY })
    provider = new StripeCardService({}, { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET, capture: false, apiBaseUrl: fake.url })
  })
  afterAll(() => fake.close())

  it("talks to the origin it is given, with the account's key, in Stripe's smallest units", async () => {
    const session = await provider.initiatePayment({ amount: 125.5, currency_code: "usd", data: { session_id: "payses_1" } })

    const intent = fake.intents.get(session.id)!
    expect(intent).toMatchObject({ amount: 12550, currency: "usd", capture_method: "manual", metadata: { session_id: "payses_1" } })
    expect(fake.calls[fake.calls.length - 1]).toMatchObject({ method: "POST", path: "/v1/payment_intents", authorization: `Bearer ${API_KEY}` })
    expect(session.status).toEqual(PaymentSessionStatus.PENDING)
  })

  it("authorises what the customer confirmed, captures it once and refunds part of it", async () => {
    const session = await provider.initiatePayment({ amount: 40, currency_code: "usd", data: { session_id: "payses_2" } })
    fake.confirmByCustomer(session.id)

    const authorised = await provider.authorizePayment({ data: session.data })
    expect(authorised.status).toEqual(PaymentSessionStatus.AUTHORIZED)
    await provider.capturePayment({ data: authorised.data })
    // Stripe answers a capture of a captured intent with the intent; Medusa's provider takes that as done.
    await provider.capturePayment({ data: authorised.data })
    await provider.refundPayment({ amount: 12.25, data: authorised.data })

    expect(fake.intents.get(session.id)).toMatchObject({ status: "succeeded", amount_received: 4000 })
    expect(fake.refunds).toEqual([expect.objectContaining({ amount: 1225, payment_intent: session.id })])
  })

  it("reads a correctly signed webhook and refuses a wrongly signed one", async () => {
    const session = await provider.initiatePayment({ amount: 10, currency_code: "usd", data: { session_id: "payses_3" } })
    fake.confirmByCustomer(session.id)
    const signed = fake.webhook("payment_intent.amount_capturable_updated", session.id, WEBHOOK_SECRET)

    const webhook = (signature: string) => ({
      data: JSON.parse(signed.payload),
      rawData: Buffer.from(signed.payload),
      headers: { "stripe-signature": signature },
    })
    await expect(provider.getWebhookActionAndData(webhook(signed.signature))).resolves.toEqual({
      action: PaymentActions.AUTHORIZED,
      data: { session_id: "payses_3", amount: 10 },
    })
    const forged = fake.webhook("payment_intent.amount_capturable_updated", session.id, "whsec_someone_else")
    await expect(provider.getWebhookActionAndData(webhook(forged.signature))).rejects.toThrow(/signature/i)
  })

  it("keeps Stripe's own API when no origin is given", () => {
    const plain = new StripeCardService({}, { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET })
    expect((plain as any).stripe_.getApiField("host")).toEqual("api.stripe.com")
    expect((provider as any).stripe_.getApiField("host")).toEqual("localhost")
  })
})

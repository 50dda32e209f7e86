import http from "http"
import type { AddressInfo } from "net"
import { TwilioSmsNotificationService } from "../service"

type Received = { method: string; url: string; authorization: string; form: URLSearchParams }

/** A local stand-in for Twilio's Messages API: records each request and answers as Twilio does. */
function startFakeTwilio(reply: (received: Received) => { status: number; body: unknown }) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const entry = { method: req.method!, url: req.url!, authorization: req.headers.authorization ?? "", form: new URLSearchParams(raw) }
      received.push(entry)
      const { status, body } = reply(entry)
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(body))
    })
  })
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        received,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn() } as any
const notification = (to: string, text: string) => ({ to, channel: "sms", template: "t", content: { text } }) as any

describe("the sms-twilio provider", () => {
  it("sends the text through the Messages API with the account's credentials", async () => {
    const fake = await startFakeTwilio(({ form }) => ({
      status: 201,
      body: { sid: "SM0123456789abcdef0123456789abcdef", to: form.get("To"), body: form.get("Body"), status: "queued" },
    }))
    try {
      const provider = new TwilioSmsNotificationService(
        { logger },
        { account_sid: "AC00000000000000000000000000000001", auth_token: "secret", from: "+15005550006", api_base_url: fake.url }
      )
      const result = await provider.send(notification("+963944123456", "123456 is your Daraa code."))

      expect(result).toEqual({ id: "SM0123456789abcdef0123456789abcdef" })
      expect(fake.received).toHaveLength(1)
      const [request] = fake.received
      expect(request.method).toEqual("POST")
      expect(request.url).toEqual("/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json")
      expect(request.authorization).toEqual(
        `Basic ${Buffer.from("AC00000000000000000000000000000001:secret").toString("base64")}`
      )
      expect(Object.fromEntries(request.form)).toEqual({
        To: "+963944123456",
        From: "+15005550006",
        Body: "123456 is your Daraa code.",
      })
    } finally {
      await fake.close()
    }
  })

  it("uses a Messaging Service when `from` is one", async () => {
    const fake = await startFakeTwilio(() => ({ status: 201, body: { sid: "SM1" } }))
    try {
      const provider = new TwilioSmsNotificationService(
        { logger },
        { account_sid: "AC1", auth_token: "secret", from: "MG0000000000000000000000000000000a", api_base_url: fake.url }
      )
      await provider.send(notification("+963944123456", "hello"))
      expect(fake.received[0].form.get("MessagingServiceSid")).toEqual("MG0000000000000000000000000000000a")
      expect(fake.received[0].form.get("From")).toBeNull()
    } finally {
      await fake.close()
    }
  })

  it("turns Twilio's refusal into an error naming its code", async () => {
    const fake = await startFakeTwilio(() => ({
      status: 400,
      body: { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 },
    }))
    try {
      const provider = new TwilioSmsNotificationService(
        { logger },
        { account_sid: "AC1", auth_token: "secret", from: "+15005550006", api_base_url: fake.url }
      )
      await expect(provider.send(notification("+1000", "hello"))).rejects.toThrow(/code 21211/)
    } finally {
      await fake.close()
    }
  })

  it("refuses an SMS without text before calling Twilio", async () => {
    const provider = new TwilioSmsNotificationService({ logger }, { account_sid: "AC1", auth_token: "s", from: "+15005550006", api_base_url: "http://127.0.0.1:1" })
    await expect(provider.send({ to: "+963944123456", channel: "sms", template: "t" } as any)).rejects.toThrow(/content.text/)
  })

  it("names a missing option", () => {
    expect(() => TwilioSmsNotificationService.validateOptions({ account_sid: "AC1", from: "+1" })).toThrow(/auth_token/)
  })
})

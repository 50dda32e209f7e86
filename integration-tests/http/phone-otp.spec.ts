import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { smsOutbox } from "../../src/modules/sms-local/outbox"
import {
  ageRateLimitWindows,
  bearer,
  createPublishableKey,
  lastCodeSentTo,
  resetPhoneOtpLimits,
  signInByPhone,
  smsCountTo,
} from "../helpers/phone-otp"

jest.setTimeout(180 * 1000)

// medusa-config.ts reads it when the runner loads the config, before the runner's own `env` applies.
process.env.PHONE_OTP_MAX_SENDS_PER_IP_PER_HOUR = "8"

/** Subscribers run after the emit returns; poll until the effect shows, within the test's timeout. */
async function eventually<T>(probe: () => Promise<T | null>): Promise<T> {
  for (;;) {
    const value = await probe()
    if (value) {
      return value
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const lastSmsTo = (phone: string) => [...smsOutbox()].reverse().find((sms) => sms.to === phone)?.text

const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a failure") }, (e: any) => e.response)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      publishableKey = await createPublishableKey(getContainer())
    })

    beforeEach(async () => {
      await resetPhoneOtpLimits(getContainer())
    })

    describe("a customer registers and logs in by phone", () => {
      it("registers by code, creates the profile, refreshes the token and reads /store/customers/me", async () => {
        const phone = "+963944100001"
        const sent = await api.post("/auth/customer/phone-otp", { phone })
        expect(sent.status).toEqual(200)
        expect(sent.data).toEqual({ location: "otp" })

        const verified = await api.post("/auth/customer/phone-otp/callback", { phone, code: lastCodeSentTo(phone) })
        const registrationToken = verified.data.token
        expect(registrationToken).toEqual(expect.any(String))

        const created = await api.post(
          "/store/customers",
          // Medusa requires an email on every customer; the phone is the login.
          { email: "lina@example.com", first_name: "Lina", last_name: "Haddad", phone },
          bearer(registrationToken, publishableKey)
        )
        expect(created.data.customer).toEqual(expect.objectContaining({ phone, first_name: "Lina" }))

        const refreshed = await api.post("/auth/token/refresh", {}, bearer(registrationToken))
        const me = await api.get("/store/customers/me", bearer(refreshed.data.token, publishableKey))
        expect(me.data.customer.id).toEqual(created.data.customer.id)

        // Logging in again (steps 1 and 2) reaches the same customer directly.
        await ageRateLimitWindows(getContainer(), "cooldown:", 61)
        const loginToken = await signInByPhone(api, "customer", phone)
        const again = await api.get("/store/customers/me", bearer(loginToken, publishableKey))
        expect(again.data.customer.id).toEqual(created.data.customer.id)
      })

      it("creates the profile without an email: the verified phone is the account", async () => {
        const phone = "+963944100009"
        const registrationToken = await signInByPhone(api, "customer", phone)
        const created = await api.post(
          "/store/customers",
          { first_name: "Yara", last_name: "Nasser" },
          bearer(registrationToken, publishableKey)
        )
        expect(created.data.customer).toEqual(expect.objectContaining({ phone, email: null, first_name: "Yara", has_account: true }))

        const refreshed = await api.post("/auth/token/refresh", {}, bearer(registrationToken))
        const me = await api.get("/store/customers/me", bearer(refreshed.data.token, publishableKey))
        expect(me.data.customer.id).toEqual(created.data.customer.id)

        const other = await signInByPhone(api, "customer", "+963944100019")
        const wrongPhone = await failure(
          api.post("/store/customers", { first_name: "X", phone: "+963944999999" }, bearer(other, publishableKey))
        )
        expect(wrongPhone.status).toEqual(400)
        expect(wrongPhone.data.message).toContain("phone")
        const unknown = await failure(api.post("/store/customers", { first_name: "X", nickname: "x" }, bearer(other, publishableKey)))
        expect(unknown.status).toEqual(400)
        expect(unknown.data.message).toContain("nickname")
      })

      it("accepts a number written with spaces and stores it in E.164", async () => {
        await api.post("/auth/customer/phone-otp", { phone: "+963 944 100 002" })
        expect(smsCountTo("+963944100002")).toEqual(1)
      })

      it("never stores the code in clear", async () => {
        const phone = "+963944100003"
        await api.post("/auth/customer/phone-otp", { phone })
        const code = lastCodeSentTo(phone)
        const pg = getContainer().resolve("__pg_connection__") as any
        const challenges = await pg.raw("select * from otp_challenge where phone = ?", [phone])
        expect(JSON.stringify(challenges.rows)).not.toContain(code)
        const notifications = await pg.raw("select * from notification where \"to\" = ?", [phone])
        expect(notifications.rows).toHaveLength(1)
        expect(JSON.stringify(notifications.rows)).not.toContain(code)
      })
    })

    describe("codes", () => {
      it("answers a known number exactly as an unknown one", async () => {
        const known = "+963944100010"
        await signInByPhone(api, "customer", known)
        await ageRateLimitWindows(getContainer(), "cooldown:", 61)

        const forKnown = await api.post("/auth/customer/phone-otp", { phone: known })
        const forUnknown = await api.post("/auth/customer/phone-otp", { phone: "+963944100011" })
        expect(forKnown.status).toEqual(forUnknown.status)
        expect(forKnown.data).toEqual(forUnknown.data)
        expect(Object.keys(forKnown.headers).sort()).toEqual(Object.keys(forUnknown.headers).sort())
      })

      it("after 5 wrong tries locks that caller out of the number, even with the right code", async () => {
        const phone = "+963944100020"
        await api.post("/auth/customer/phone-otp", { phone })
        const code = lastCodeSentTo(phone)
        const wrong = code === "000000" ? "111111" : "000000"
        for (let i = 0; i < 5; i++) {
          expect((await failure(api.post("/auth/customer/phone-otp/callback", { phone, code: wrong }))).status).toEqual(401)
        }
        const locked = await failure(api.post("/auth/customer/phone-otp/callback", { phone, code }))
        expect(locked.status).toEqual(429)
        expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0)

        // The same caller gets no new code for this number either, and no SMS goes out.
        await ageRateLimitWindows(getContainer(), "cooldown:", 61)
        const resend = await failure(api.post("/auth/customer/phone-otp", { phone }))
        expect(resend.status).toEqual(429)
        expect(Number(resend.headers["retry-after"])).toBeGreaterThan(0)
        expect(lastCodeSentTo(phone)).toEqual(code)
      })

      it("counts a caller's wrong codes across a resend", async () => {
        const phone = "+963944100021"
        await api.post("/auth/customer/phone-otp", { phone })
        for (let i = 0; i < 4; i++) {
          await failure(api.post("/auth/customer/phone-otp/callback", { phone, code: "999999" === lastCodeSentTo(phone) ? "888888" : "999999" }))
        }
        await ageRateLimitWindows(getContainer(), "cooldown:", 61)
        await api.post("/auth/customer/phone-otp", { phone })
        const fresh = lastCodeSentTo(phone)
        const wrong = fresh === "000000" ? "111111" : "000000"
        await failure(api.post("/auth/customer/phone-otp/callback", { phone, code: wrong }))
        // That was the fifth wrong code from this caller: it is locked out, fresh code or not.
        expect((await failure(api.post("/auth/customer/phone-otp/callback", { phone, code: fresh }))).status).toEqual(429)
      })

      it("uses a code once", async () => {
        const phone = "+963944100030"
        await api.post("/auth/customer/phone-otp", { phone })
        const code = lastCodeSentTo(phone)
        await api.post("/auth/customer/phone-otp/callback", { phone, code })
        expect((await failure(api.post("/auth/customer/phone-otp/callback", { phone, code }))).status).toEqual(401)
      })

      it("refuses an expired code", async () => {
        const phone = "+963944100040"
        await api.post("/auth/customer/phone-otp", { phone })
        const pg = getContainer().resolve("__pg_connection__") as any
        await pg.raw("update otp_challenge set code_expires_at = now() - interval '1 second' where phone = ?", [phone])
        const response = await failure(api.post("/auth/customer/phone-otp/callback", { phone, code: lastCodeSentTo(phone) }))
        expect(response.status).toEqual(401)
      })
    })

    describe("limits", () => {
      it("answers a resend within the cooldown with 429 and Retry-After", async () => {
        const phone = "+963944100050"
        await api.post("/auth/customer/phone-otp", { phone })
        const response = await failure(api.post("/auth/customer/phone-otp", { phone }))
        expect(response.status).toEqual(429)
        const retryAfter = Number(response.headers["retry-after"])
        expect(retryAfter).toBeGreaterThanOrEqual(1)
        expect(retryAfter).toBeLessThanOrEqual(60)
        expect(smsCountTo(phone)).toEqual(1)
      })

      it("limits the codes per number and hour", async () => {
        const phone = "+963944100060"
        for (let i = 0; i < 5; i++) {
          await api.post("/auth/customer/phone-otp", { phone })
          await ageRateLimitWindows(getContainer(), "cooldown:", 61)
        }
        const response = await failure(api.post("/auth/customer/phone-otp", { phone }))
        expect(response.status).toEqual(429)
        expect(Number(response.headers["retry-after"])).toBeGreaterThan(60)
        expect(smsCountTo(phone)).toEqual(5)

        // The hour passes: the number may ask again.
        await ageRateLimitWindows(getContainer(), "phone:", 3601)
        await ageRateLimitWindows(getContainer(), "cooldown:", 61)
        expect((await api.post("/auth/customer/phone-otp", { phone })).status).toEqual(200)
      })

      it("limits the codes per IP and hour, whatever the numbers", async () => {
        for (let i = 0; i < 8; i++) {
          await api.post("/auth/customer/phone-otp", { phone: `+96394420000${i}` })
        }
        const response = await failure(api.post("/auth/vendor/phone-otp", { phone: "+963944200009" }))
        expect(response.status).toEqual(429)
        expect(Number(response.headers["retry-after"])).toBeGreaterThan(0)
        expect(smsCountTo("+963944200009")).toEqual(0)
      })
    })

    describe("bad input", () => {
      it.each([
        ["not a number", { phone: "hello" }],
        ["a local number", { phone: "0944123456" }],
        ["too short", { phone: "+9631" }],
        ["missing", {}],
      ])("answers 400 naming phone for %s", async (_label, body) => {
        const response = await failure(api.post("/auth/customer/phone-otp", body))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/phone/)
      })

      it("answers 400 for unknown fields", async () => {
        const response = await failure(api.post("/auth/customer/phone-otp", { phone: "+963944100070", email: "x@y.z" }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/email/)
      })

      it("answers 400 naming code for a malformed code", async () => {
        const response = await failure(api.post("/auth/customer/phone-otp/callback", { phone: "+963944100071", code: "12ab" }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/code/)
      })

      it("keeps admins on email and password", async () => {
        const response = await failure(api.post("/auth/user/phone-otp", { phone: "+963944100072" }))
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/not allowed to use the auth provider phone-otp/)
        expect(smsCountTo("+963944100072")).toEqual(0)
      })
    })

    describe("a vendor registers by phone", () => {
      it("registers by code, creates the vendor, refreshes and hears of its approval", async () => {
        const phone = "+963944100090"
        const registration = await signInByPhone(api, "vendor", phone)
        const created = await api.post(
          "/vendor/vendors",
          {
            name: "Bosra Bakery",
            email: "bosra@example.com",
            phone,
            address: { address_1: "Old town 1", city: "Bosra", country_code: "sy", latitude: 32.52, longitude: 36.48 },
            member: { first_name: "Omar", last_name: "Kassem" },
          },
          bearer(registration)
        )
        expect(created.data.vendor).toEqual(expect.objectContaining({ status: "pending" }))

        const refreshed = await api.post("/auth/token/refresh", {}, bearer(registration))
        const me = await api.get("/vendor/me", bearer(refreshed.data.token))
        expect(me.data.vendor.id).toEqual(created.data.vendor.id)

        // Logging in again by code reaches the same member.
        await ageRateLimitWindows(getContainer(), "cooldown:", 61)
        const login = await signInByPhone(api, "vendor", phone)
        expect((await api.get("/vendor/me", bearer(login))).data.member.id).toEqual(me.data.member.id)

        const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
        await eventBus.emit({ name: "vendor.approved", data: { id: created.data.vendor.id } })
        const feed = await eventually(async () => {
          const { data } = await api.get("/vendor/notifications", bearer(login))
          return data.notifications.length ? data : null
        })
        expect(feed.notifications[0]).toEqual(expect.objectContaining({ event: "vendor-approved", title: "Store approved" }))
        expect(feed.notifications[0].body).toContain("Bosra Bakery")
        // The SMS goes out after the feed entry is written: wait for it too.
        const sms = await eventually(async () => (lastSmsTo(phone)?.includes("is approved") ? lastSmsTo(phone)! : null))
        expect(sms).toContain("Bosra Bakery is approved")
      })
    })

    describe("a vendor signs in by phone", () => {
      it("gets a registration token for a new number", async () => {
        const token = await signInByPhone(api, "vendor", "+963944100080")
        expect(token).toEqual(expect.any(String))
        const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
        expect(payload).toEqual(expect.objectContaining({ actor_type: "vendor", actor_id: "" }))
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import axios from "axios"
import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import http from "http"
import os from "os"
import path from "path"
import { VENDOR_MODULE } from "../../src/modules/vendor"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, registerVendor, vendorAction } from "../helpers/actors"
import { readyCart, sellingVendor } from "../helpers/catalog"
import { lastCodeSentTo } from "../helpers/phone-otp"
import { fillRoute, scanRoutes } from "../helpers/routes"

jest.setTimeout(240 * 1000)

// medusa-config reads the environment before the runner applies its `env`, so
// what the config must see is set here, and put back after the suite.
const PORT = 19000 + Math.floor(Math.random() * 2000)
const OTP_SENDS_PER_IP = 3
const LOGINS_PER_IP = 40
const settings: Record<string, string> = {
  PORT: String(PORT),
  PHONE_OTP_MAX_SENDS_PER_IP_PER_HOUR: String(OTP_SENDS_PER_IP),
  LOGIN_MAX_ATTEMPTS_PER_IP: String(LOGINS_PER_IP),
  VENDOR_CORS: "https://vendors.daraa.example",
}
const previousEnvironment = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]))
Object.assign(process.env, settings)
afterAll(() => {
  for (const [name, value] of Object.entries(previousEnvironment)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64"
)
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
const HTML = Buffer.from("<html><script>alert(document.cookie)</script></html>")

/** A client calling from another loopback address: another caller IP, with no proxy headers involved. */
function callerAt(address: string) {
  return axios.create({ baseURL: `http://127.0.0.1:${PORT}`, httpAgent: new http.Agent({ localAddress: address }), validateStatus: () => true })
}

/** Bodies no client should send: broken JSON, wrong shapes and types, hostile strings, sizes and encodings. */
function malformedBodies(): { label: string; type: string; body: string | Buffer }[] {
  const json = (label: string, value: unknown) => ({ label, type: "application/json", body: JSON.stringify(value) })
  let deep = "1"
  for (let i = 0; i < 3000; i++) deep = `{"a":${deep}}`
  return [
    { label: "not JSON", type: "application/json", body: "not json at all" },
    { label: "cut-short JSON", type: "application/json", body: '{"name": "Kaak", "prices": [' },
    { label: "null", type: "application/json", body: "null" },
    json("an array", []),
    json("a string", "hello"),
    json("a number", 12),
    json("empty object", {}),
    { label: "__proto__", type: "application/json", body: '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}' },
    { label: "deep nesting", type: "application/json", body: deep },
    json("NUL everywhere", { name: "a\u0000b", title: "\u0000", reason: "x\u0000", email: "a\u0000@b.c", metadata: { k: "\u0000" } }),
    json("lone surrogates", { name: "\ud800", title: "\udfff", reason: "\ud83d", description: "a\ud800b" }),
    json("huge and odd numbers", { amount: 1e308, quantity: -1e308, stocked_quantity: 1e300, weight: 1e300, limit: 1e300, points: -0 }),
    json("numbers as strings", { amount: "NaN", quantity: "Infinity", percent_rate: "1e999", priority: "x" }),
    json("operator objects", { id: { $ne: null }, email: { $gt: "" }, code: ["1", "2"], phone: { toString: 1 } }),
    json("SQL in strings", { name: "' OR 1=1 --", reason: "'; drop table vendor; --", title: "%' AND 1=(SELECT 1) --", email: "x'@y.z" }),
    json("wrong types", { title: 1, status: [], prices: "x", variants: {}, options: 5, reason: { a: 1 }, role: true, token: 12 }),
    json("a long array", { items: Array.from({ length: 5000 }, () => ({})), ids: Array.from({ length: 5000 }, (_, i) => `id_${i}`) }),
    json("a long string", { reason: "x".repeat(200_000), title: "y".repeat(50_000) }),
    json("unknown fields only", { surprise: true, is_admin: true, vendor_id: "ven_other", status: "active" }),
    { label: "invalid UTF-8", type: "application/json", body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]) },
    { label: "text/plain", type: "text/plain", body: "reason=hello" },
    { label: "form-encoded arrays", type: "application/x-www-form-urlencoded", body: "a[b][c]=1&a[b][c]=2&reason[]=x&__proto__[x]=1" },
    { label: "multipart without boundary", type: "multipart/form-data", body: "--x\r\nContent-Disposition: form-data; name=\"files\"\r\n\r\nabc" },
    { label: "JSON declared but XML sent", type: "application/json", body: "<reason>x</reason>" },
  ]
}

function productBody(overrides: Record<string, unknown> = {}) {
  return {
    title: "Kaak with Sesame",
    status: "published",
    options: [{ title: "Pack", values: ["6 pieces"] }],
    variants: [{ title: "6 pieces", options: { Pack: "6 pieces" }, prices: [{ amount: 40, currency_code: "syp" }], stock_quantity: 25 }],
    ...overrides,
  }
}

function form(files: [Buffer, string, string][], fields: Record<string, string> = {}, field = "files") {
  const body = new FormData()
  for (const [content, type, name] of files) {
    body.append(field, new Blob([new Uint8Array(content)], { type }), name)
  }
  for (const [name, value] of Object.entries(fields)) {
    body.append(name, value)
  }
  return body
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    let admin: string

    beforeAll(async () => {
      ;({ publishableKey } = await seedDemoMarketplace(getContainer()))
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    describe("files", () => {
      // Finding 1: an HTML file declared as an image was stored and served as HTML.
      it("refuses an upload whose content is not an allowed image, naming the file", async () => {
        const { token } = await registerVendor(api)
        const refused = await attempt(api.post("/vendor/uploads", form([[HTML, "image/png", "x.html"]]), bearer(token)))
        expect(refused.status).toEqual(400)
        expect(refused.data).toEqual(expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("x.html") }))

        const svg = Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")
        const refusedSvg = await attempt(api.post("/vendor/uploads", form([[svg, "image/svg+xml", "logo.svg"]]), bearer(token)))
        expect(refusedSvg.status).toEqual(400)

        const pdfAsDocument = await attempt(
          api.post("/vendor/documents", form([[HTML, "application/pdf", "licence.pdf"]], { type: "other" }), bearer(token))
        )
        expect(pdfAsDocument.status).toEqual(400)
        expect(pdfAsDocument.data.message).toContain("licence.pdf")
      })

      // Findings 1 and 10: public files carry nosniff and a type read from the content, at this server's own URL.
      it("serves an image at this server's URL with its real type and nosniff, whatever its name", async () => {
        const { token } = await registerVendor(api)
        const { data } = await api.post("/vendor/uploads", form([[PNG, "text/html", "x.html"]]), bearer(token))
        const url: string = data.files[0].url
        expect(url.startsWith(`http://localhost:${PORT}/files/`)).toBe(true)
        expect(url).toMatch(/x-[0-9a-f]{16}\.png$/)

        const served = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
        expect(served.status).toEqual(200)
        expect(served.headers["content-type"]).toEqual("image/png")
        expect(served.headers["x-content-type-options"]).toEqual("nosniff")
        expect(Buffer.from(served.data).equals(PNG)).toBe(true)
        expect((await attempt(api.get("/files/no-such-file.png"))).status).toEqual(404)
      })

      // Finding 2: verification documents were public under /static.
      it("keeps verification documents private: their vendor and admins only", async () => {
        const mine = await registerVendor(api)
        const theirs = await registerVendor(api)
        const { data } = await api.post(
          "/vendor/documents",
          form([[PDF, "application/pdf", "registration.pdf"]], { type: "commercial_registration" }),
          bearer(mine.token)
        )
        const document = data.documents[0]
        expect(document.url).toEqual(`/vendor/documents/${document.id}/file`)

        const [stored] = await getContainer().resolve<any>(VENDOR_MODULE).listVendorDocuments({ id: document.id })
        expect((await attempt(api.get(`/static/${stored.file_id}`))).status).toEqual(404)
        expect((await attempt(api.get(`/files/${stored.file_id}`))).status).toEqual(404)

        const own = await api.get(document.url, { ...bearer(mine.token), responseType: "arraybuffer" })
        expect(own.headers["content-type"]).toEqual("application/pdf")
        expect(own.headers["content-disposition"]).toMatch(/^attachment/)
        expect(own.headers["cache-control"]).toEqual("private, no-store")
        expect(Buffer.from(own.data).equals(PDF)).toBe(true)

        expect((await attempt(api.get(document.url))).status).toEqual(401)
        expect((await attempt(api.get(document.url, bearer(theirs.token)))).status).toEqual(404)
        const customer = await customerToken(api, publishableKey)
        expect((await attempt(api.get(document.url, bearer(customer)))).status).toEqual(401)

        const { data: detail } = await api.get(`/admin/vendors/${mine.vendor.id}`, bearer(admin))
        const adminUrl = `/admin/vendors/${mine.vendor.id}/documents/${document.id}/file`
        expect(detail.vendor.documents.map((d: any) => d.url)).toEqual([adminUrl])
        const forAdmin = await api.get(adminUrl, { ...bearer(admin), responseType: "arraybuffer" })
        expect(Buffer.from(forAdmin.data).equals(PDF)).toBe(true)
        const underAnotherVendor = `/admin/vendors/${theirs.vendor.id}/documents/${document.id}/file`
        expect((await attempt(api.get(underAnotherVendor, bearer(admin)))).status).toEqual(404)
        expect((await attempt(api.get(adminUrl, bearer(mine.token)))).status).toEqual(401)
      })

      // Finding 6 (uploads): multer errors were 500s.
      it("answers 413 or 400, never 500, to too large, too many, misnamed or cut-short uploads", async () => {
        const { token } = await registerVendor(api)
        const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)])
        const tooLarge = await attempt(api.post("/vendor/uploads", form([[big, "image/png", "big.png"]]), bearer(token)))
        expect(tooLarge.status).toEqual(413)
        expect(tooLarge.data.message).toContain("big.png")

        const eleven = Array.from({ length: 11 }, (_, i) => [PNG, "image/png", `p${i}.png`] as [Buffer, string, string])
        const tooMany = await attempt(api.post("/vendor/uploads", form(eleven), bearer(token)))
        expect(tooMany.status).toEqual(413)
        expect(tooMany.data.message).toContain("10 files")

        const misnamed = await attempt(api.post("/vendor/uploads", form([[PNG, "image/png", "a.png"]], {}, "image"), bearer(token)))
        expect(misnamed.status).toEqual(400)
        expect(misnamed.data.message).toContain("image")

        const boundary = "daraa-boundary"
        const cut = `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n${PNG.toString("latin1")}`
        const truncated = await attempt(
          api.post("/vendor/uploads", Buffer.from(cut, "latin1"), {
            headers: { ...bearer(token).headers, "content-type": `multipart/form-data; boundary=${boundary}` },
          })
        )
        expect(truncated.status).toEqual(400)
        expect(truncated.data.message).toContain("files")

        const noBoundary = await attempt(
          api.post("/vendor/documents", "x", { headers: { ...bearer(token).headers, "content-type": "multipart/form-data" } })
        )
        expect(noBoundary.status).toEqual(400)
      })
    })

    describe("input", () => {
      // Finding 6: NUL characters and lone surrogates reached PostgreSQL and answered 500.
      it("answers 400 naming the field to NUL characters, lone surrogates and built-in keys anywhere", async () => {
        const { token } = await registerVendor(api)
        const nul = await attempt(api.post("/vendor/me", { description: "fresh\u0000bread" }, bearer(token)))
        expect(nul.status).toEqual(400)
        expect(nul.data).toEqual({ type: "invalid_data", message: expect.stringContaining("description") })

        const surrogate = await attempt(
          api.post("/vendor/products", productBody({ metadata: { note: "half \ud83d pair" } }), bearer(token))
        )
        expect(surrogate.status).toEqual(400)
        expect(surrogate.data.message).toContain("metadata.note")

        const nested = await attempt(
          api.post("/vendor/products", productBody({ options: [{ title: "Pack", values: ["6 pieces", "b\u0000d"] }] }), bearer(token))
        )
        expect(nested.data.message).toContain("options[0].values[1]")

        const customer = await customerToken(api, publishableKey)
        const store = { headers: { ...bearer(customer).headers, "x-publishable-api-key": publishableKey } }
        const medusaOwn = await attempt(api.post("/store/customers/me", { first_name: "Sa\u0000mi" }, store))
        expect(medusaOwn.status).toEqual(400)
        expect(medusaOwn.data.message).toContain("first_name")
        const device = await attempt(api.post("/store/devices", { token: "t\u0000", platform: "android" }, store))
        expect(device.status).toEqual(400)

        const inQuery = await attempt(api.get("/vendor/products?q=%00", bearer(token)))
        expect(inQuery.status).toEqual(400)
        expect(inQuery.data.message).toContain("q")

        // Keys that shadow built-ins: {"toString": 1} made Medusa's own validation message throw (a 500).
        const shadowing = await attempt(api.post("/vendor/me", { phone: { toString: 1 } }, bearer(token)))
        expect(shadowing.status).toEqual(400)
        expect(shadowing.data.message).toContain("phone.toString")
        const proto = await attempt(
          api.post("/vendor/me", '{"description": "x", "__proto__": {"status": "active"}}', {
            headers: { ...bearer(token).headers, "content-type": "application/json" },
          })
        )
        expect(proto.status).toEqual(400)
        expect(proto.data.message).toContain("__proto__")

        // A well-formed pair (an emoji) is fine.
        const emoji = await api.post("/vendor/me", { description: "Fresh bread \ud83c\udf5e" }, bearer(token))
        expect(emoji.data.vendor.description).toEqual("Fresh bread 🍞")
      })

      // Findings 6 and 7: weight 1e300 was a 500, a price of 1e300 was sold, and any currency was accepted.
      it("bounds amounts, weights and quantities, and takes prices only in currencies the store sells", async () => {
        const { token } = await registerVendor(api)
        const variant = productBody().variants[0]
        const cases: [string, Record<string, unknown>, string][] = [
          ["weight", { weight: 1e300 }, "weight"],
          ["price", { variants: [{ ...variant, prices: [{ amount: 1e300, currency_code: "syp" }] }] }, "amount"],
          ["stock", { variants: [{ ...variant, stock_quantity: 1e12 }] }, "stock_quantity"],
          ["currency", { variants: [{ ...variant, prices: [{ amount: 5, currency_code: "xyz" }] }] }, "variants[0].prices[0].currency_code"],
        ]
        for (const [label, change, field] of cases) {
          const response = await attempt(api.post("/vendor/products", productBody(change), bearer(token)))
          expect([label, response.status]).toEqual([label, 400])
          expect(response.data.message).toContain(field)
        }

        const { data } = await api.post("/vendor/products", productBody(), bearer(token))
        const product = data.product
        const variantId = product.variants[0].id
        const unsold = await attempt(
          api.post(`/vendor/products/${product.id}/variants/${variantId}`, { prices: [{ amount: 3, currency_code: "eur" }] }, bearer(token))
        )
        expect(unsold.status).toEqual(400)
        expect(unsold.data.message).toContain("prices[0].currency_code")
        const hugeStock = await attempt(
          api.post(`/vendor/products/${product.id}/variants/${variantId}/stock`, { stocked_quantity: 1e15 }, bearer(token))
        )
        expect(hugeStock.status).toEqual(400)
        const hugeDisplayId = await attempt(api.get("/vendor/orders?display_id=1e300", bearer(token)))
        expect(hugeDisplayId.status).toEqual(400)
      })

      // Finding 7 (API contract): unknown routes answered Express's HTML page.
      it("answers JSON not_found to unknown routes", async () => {
        const { token } = await registerVendor(api)
        for (const [method, path, headers] of [
          ["get", "/nowhere", {}],
          ["post", "/vendor/nowhere", bearer(token)],
          ["delete", "/files", {}],
        ] as const) {
          const response = await attempt(method === "post" ? api.post(path, {}, headers) : (api as any)[method](path, headers))
          expect([path, response.status]).toEqual([path, 404])
          expect(response.headers["content-type"]).toMatch(/^application\/json/)
          expect(response.data).toEqual({ type: "not_found", message: expect.stringContaining(path) })
        }
        // Behind an actor prefix, the door comes first, as on Medusa's /admin: no route is told to a stranger.
        expect((await attempt(api.post("/vendor/nowhere", {}))).status).toEqual(401)
      })
    })

    describe("headers and CORS", () => {
      // Finding 8: no security headers, and X-Powered-By on every response.
      it("sends security headers and no X-Powered-By on every kind of response", async () => {
        const store = { headers: { "x-publishable-api-key": publishableKey } }
        const responses = [
          await api.get("/store/products", store),
          await attempt(api.get("/vendor/me")),
          await attempt(api.get("/nowhere")),
          await attempt(api.post("/vendor/me", { description: "\u0000" })),
        ]
        for (const response of responses) {
          expect(response.headers["x-content-type-options"]).toEqual("nosniff")
          expect(response.headers["x-frame-options"]).toEqual("DENY")
          expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'")
          expect(response.headers["referrer-policy"]).toEqual("no-referrer")
          expect(response.headers["x-powered-by"]).toBeUndefined()
          // Plain HTTP, and a forged X-Forwarded-Proto is not believed without TRUST_PROXY.
          expect(response.headers["strict-transport-security"]).toBeUndefined()
        }
        const forged = await api.get("/store/products", { headers: { ...store.headers, "x-forwarded-proto": "https" } })
        expect(forged.headers["strict-transport-security"]).toBeUndefined()
      })

      // Finding 9: /vendor and /courier answered no CORS headers.
      it("applies VENDOR_CORS to /vendor and COURIER_CORS (local origins by default) to /courier", async () => {
        const { token } = await registerVendor(api)
        const allowed = "https://vendors.daraa.example"
        const me = await api.get("/vendor/me", { headers: { ...bearer(token).headers, origin: allowed } })
        expect(me.headers["access-control-allow-origin"]).toEqual(allowed)
        expect(me.headers["access-control-allow-credentials"]).toEqual("true")

        const preflight = await attempt(
          api.options("/vendor/products", {
            headers: { origin: allowed, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
          })
        )
        expect(preflight.status).toEqual(204)
        expect(preflight.headers["access-control-allow-origin"]).toEqual(allowed)
        expect(preflight.headers["access-control-allow-methods"]).toContain("POST")

        const stranger = await attempt(api.get("/vendor/me", { headers: { ...bearer(token).headers, origin: "https://evil.example" } }))
        expect(stranger.headers["access-control-allow-origin"]).toBeUndefined()
        const localDev = await attempt(api.get("/vendor/me", { headers: { origin: "http://localhost:5173" } }))
        expect(localDev.headers["access-control-allow-origin"]).toBeUndefined()

        const courier = await attempt(api.get("/courier/notifications", { headers: { origin: "http://localhost:5173" } }))
        expect(courier.status).toEqual(401)
        expect(courier.headers["access-control-allow-origin"]).toEqual("http://localhost:5173")
        const courierStranger = await attempt(api.get("/courier/notifications", { headers: { origin: allowed } }))
        expect(courierStranger.headers["access-control-allow-origin"]).toBeUndefined()
      })
    })

    describe("limits", () => {
      // Finding 3: after the per-IP OTP limit, each new X-Forwarded-For got a fresh budget.
      it("does not believe X-Forwarded-For without TRUST_PROXY", async () => {
        const send = (index: number, forwardedFor?: string) =>
          attempt(
            api.post(
              "/auth/customer/phone-otp",
              { phone: `+9639440${String(70000 + index)}` },
              forwardedFor ? { headers: { "x-forwarded-for": forwardedFor } } : {}
            )
          )
        for (let i = 0; i < OTP_SENDS_PER_IP; i++) {
          expect((await send(i)).status).toEqual(200)
        }
        expect((await send(OTP_SENDS_PER_IP)).status).toEqual(429)
        for (let i = 1; i <= 5; i++) {
          const spoofed = await send(OTP_SENDS_PER_IP + i, `203.0.113.${i}`)
          expect(spoofed.status).toEqual(429)
          expect(Number(spoofed.headers["retry-after"])).toBeGreaterThan(0)
        }
      })

      // Finding 4: 50 wrong passwords, then the right one, signed in.
      it("limits password sign-ins per identity for every actor, with 429 and Retry-After", async () => {
        const caller = callerAt("127.0.0.4")
        const { email, password } = await registerVendor(api)
        for (let i = 0; i < 10; i++) {
          expect((await caller.post("/auth/vendor/emailpass", { email, password: `wrong-${i}` })).status).toEqual(401)
        }
        const limited = await caller.post("/auth/vendor/emailpass", { email, password })
        expect(limited.status).toEqual(429)
        expect(limited.data).toEqual({ type: "too_many_requests", message: expect.stringContaining("account") })
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        // The identity is limited whatever the actor type and the address.
        expect((await caller.post("/auth/customer/emailpass", { email: email.toUpperCase(), password })).status).toEqual(429)
        expect((await callerAt("127.0.0.7").post("/auth/vendor/emailpass", { email, password })).status).toEqual(429)

        const adminEmail = `not-an-admin-${Date.now()}@example.com`
        for (let i = 0; i < 10; i++) {
          expect((await caller.post("/auth/user/emailpass", { email: adminEmail, password: "guess" })).status).toEqual(401)
        }
        expect((await caller.post("/auth/user/emailpass", { email: adminEmail, password: "guess" })).status).toEqual(429)

        // A success clears the identity's count.
        const again = callerAt("127.0.0.10")
        const other = await registerVendor(api)
        for (let i = 0; i < 9; i++) {
          await again.post("/auth/vendor/emailpass", { email: other.email, password: "wrong" })
        }
        expect((await again.post("/auth/vendor/emailpass", { email: other.email, password: other.password })).status).toEqual(200)
        for (let i = 0; i < 10; i++) {
          expect((await again.post("/auth/vendor/emailpass", { email: other.email, password: "wrong" })).status).toEqual(401)
        }
      })

      it("limits password sign-ins per IP, whatever the identities", async () => {
        const caller = callerAt("127.0.0.8")
        const statuses: number[] = []
        for (let i = 0; i <= LOGINS_PER_IP; i++) {
          statuses.push((await caller.post("/auth/customer/emailpass", { email: `nobody-${i}@example.com`, password: "x" })).status)
        }
        expect(statuses.slice(0, LOGINS_PER_IP).every((status) => status === 401)).toBe(true)
        expect(statuses[LOGINS_PER_IP]).toEqual(429)
        // Another address is not affected.
        expect((await callerAt("127.0.0.9").post("/auth/customer/emailpass", { email: "nobody-0@example.com", password: "x" })).status).toEqual(401)
      })

      // Finding 5: one send and five wrong codes from anyone locked the number for an hour.
      it("locks a stranger's wrong codes out of the number, not the number's owner", async () => {
        const owner = callerAt("127.0.0.5")
        const stranger = callerAt("127.0.0.6")
        const phone = "+963944177001"
        expect((await owner.post("/auth/customer/phone-otp", { phone })).status).toEqual(200)
        const code = lastCodeSentTo(phone)
        const wrong = code === "000000" ? "111111" : "000000"
        for (let i = 0; i < 5; i++) {
          expect((await stranger.post("/auth/customer/phone-otp/callback", { phone, code: wrong })).status).toEqual(401)
        }
        const strangerLocked = await stranger.post("/auth/customer/phone-otp/callback", { phone, code: wrong })
        expect(strangerLocked.status).toEqual(429)
        expect(Number(strangerLocked.headers["retry-after"])).toBeGreaterThan(0)

        // The stranger killed that code, but the owner is not locked: a new code signs in.
        const pg = getContainer().resolve("__pg_connection__") as any
        await pg.raw("update otp_rate_limit set window_started_at = window_started_at - interval '61 seconds' where key like 'cooldown:%'")
        expect((await owner.post("/auth/customer/phone-otp", { phone })).status).toEqual(200)
        const signedIn = await owner.post("/auth/customer/phone-otp/callback", { phone, code: lastCodeSentTo(phone) })
        expect(signedIn.status).toEqual(200)
        expect(signedIn.data.token).toEqual(expect.any(String))
      })
    })

    describe("limits across two instances", () => {
      // A second server, started with `medusa start` on the same database, as a scaled-out deployment runs.
      const SECOND_PORT = PORT + 1
      let second: ChildProcess | undefined

      beforeAll(async () => {
        const { MEDUSA_CLI, waitForHealth } = require("../../bin/lib/medusa")
        const databaseUrl = getContainer().resolve<any>("configModule").projectConfig.databaseUrl
        const log = fs.openSync(path.join(os.tmpdir(), `daraa-second-instance-${process.pid}.log`), "w")
        second = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(SECOND_PORT)], {
          cwd: path.resolve(__dirname, "../.."),
          env: { ...process.env, NODE_ENV: "development", DATABASE_URL: databaseUrl, PORT: String(SECOND_PORT), ADMIN_DISABLED: "true", MEDUSA_WORKER_MODE: "server" },
          stdio: ["ignore", log, log],
        })
        expect(await waitForHealth(SECOND_PORT, second)).toBe(true)
      }, 240 * 1000)
      afterAll(() => {
        second?.kill("SIGTERM")
      })

      const onPort = (port: number, address: string) =>
        axios.create({ baseURL: `http://127.0.0.1:${port}`, httpAgent: new http.Agent({ localAddress: address }), validateStatus: () => true })

      it("counts password sign-ins and wrong phone codes against the same limits on both", async () => {
        const first = onPort(PORT, "127.0.0.11")
        const other = onPort(SECOND_PORT, "127.0.0.11")
        const { email, password } = await registerVendor(api)
        for (let i = 0; i < 10; i++) {
          const instance = i % 2 ? other : first
          expect((await instance.post("/auth/vendor/emailpass", { email, password: `wrong-${i}` })).status).toEqual(401)
        }
        expect((await first.post("/auth/vendor/emailpass", { email, password })).status).toEqual(429)
        expect((await other.post("/auth/vendor/emailpass", { email, password })).status).toEqual(429)

        const phone = "+963944177101"
        expect((await first.post("/auth/customer/phone-otp", { phone })).status).toEqual(200)
        // The resend cooldown is shared too.
        expect((await other.post("/auth/customer/phone-otp", { phone })).status).toEqual(429)
        for (let i = 0; i < 5; i++) {
          const instance = i % 2 ? other : first
          expect((await instance.post("/auth/customer/phone-otp/callback", { phone, code: "000000" === lastCodeSentTo(phone) ? "111111" : "000000" })).status).toEqual(401)
        }
        expect((await other.post("/auth/customer/phone-otp/callback", { phone, code: lastCodeSentTo(phone) })).status).toEqual(429)
        expect((await first.post("/auth/customer/phone-otp/callback", { phone, code: lastCodeSentTo(phone) })).status).toEqual(429)
      })
    })

    describe("suspended vendors", () => {
      // Finding 11: a suspended vendor kept its whole back office.
      it("are read-only, except for finishing the orders they had accepted", async () => {
        const { vendor, token, product } = await sellingVendor(api, admin)
        const store = { headers: { "x-publishable-api-key": publishableKey } }
        const place = async () => {
          const cartId = await readyCart(api, publishableKey, product.variants[0].id)
          const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
          return data.order.id as string
        }
        const accepted = await place()
        const waiting = await place()
        await api.post(`/vendor/orders/${accepted}/accept`, {}, bearer(token))
        await vendorAction(api, admin, vendor.id, "suspend", "Expired goods on the shelves")

        for (const path of ["/vendor/me", "/vendor/products", `/vendor/products/${product.id}`, "/vendor/orders", `/vendor/orders/${waiting}`]) {
          expect([path, (await attempt(api.get(path, bearer(token)))).status]).toEqual([path, 200])
        }

        const variant = product.variants[0].id
        const refused: [string, string, unknown][] = [
          ["post", `/vendor/orders/${waiting}/accept`, {}],
          ["post", `/vendor/orders/${waiting}/reject`, { reason: "Closed" }],
          ["post", "/vendor/products", productBody()],
          ["post", `/vendor/products/${product.id}`, { status: "published", title: "Renamed" }],
          ["post", `/vendor/products/${product.id}/variants/${variant}/stock`, { stocked_quantity: 500 }],
          ["delete", `/vendor/products/${product.id}`, undefined],
          ["post", "/vendor/invites", { email: "new-manager@example.com", role: "manager" }],
          ["post", "/vendor/me", { description: "Open as usual" }],
          ["post", "/vendor/uploads", form([[PNG, "image/png", "a.png"]])],
        ]
        for (const [method, path, body] of refused) {
          const response = await attempt(
            method === "delete" ? api.delete(path, bearer(token)) : api.post(path, body, bearer(token))
          )
          expect([method, path, response.status]).toEqual([method, path, 403])
          expect(response.data.message).toContain("suspended")
        }
        const { data: unchanged } = await api.get(`/vendor/products/${product.id}`, bearer(token))
        expect(unchanged.product.title).toEqual(product.title)

        // The order accepted before the suspension is finished.
        expect((await api.post(`/vendor/orders/${accepted}/preparing`, {}, bearer(token))).data.order.vendor_status).toEqual("preparing")
        expect((await api.post(`/vendor/orders/${accepted}/ready`, {}, bearer(token))).data.order.vendor_status).toEqual("ready_for_pickup")

        // Reinstated, the store works again.
        await vendorAction(api, admin, vendor.id, "reinstate", "Inspection passed")
        expect((await api.post(`/vendor/orders/${waiting}/accept`, {}, bearer(token))).status).toEqual(200)
      })
    })

    describe("sweeps", () => {
      // Every route file under src/api, found by scanning, not from a list kept by hand.
      it("never answers 5xx to malformed bodies on any Daraa POST route", async () => {
        const routes = scanRoutes().filter((route) => route.methods.includes("POST"))
        expect(routes.length).toBeGreaterThan(20)
        const bodies = malformedBodies()
        expect(bodies.length).toBeGreaterThanOrEqual(20)

        const seller = await sellingVendor(api, admin)
        const pending = await registerVendor(api)
        const customer = await customerToken(api, publishableKey)
        const headersFor = (path: string): Record<string, string> => {
          if (path.startsWith("/vendor")) return bearer(seller.token).headers
          if (path.startsWith("/admin")) return bearer(admin).headers
          if (path.startsWith("/store")) return { ...bearer(customer).headers, "x-publishable-api-key": publishableKey }
          return {}
        }
        const ids = {
          "/vendor/products/:id:id": seller.product.id,
          "/vendor/products/:id/variants:id": seller.product.id,
          "/vendor/products/:id/variants/:variant_id:id": seller.product.id,
          "/vendor/products/:id/variants/:variant_id:variant_id": seller.product.variants[0].id,
          "/vendor/products/:id/variants/:variant_id/stock:id": seller.product.id,
          "/vendor/products/:id/variants/:variant_id/stock:variant_id": seller.product.variants[0].id,
          "/admin/vendors/:id/:action:id": pending.vendor.id,
          "/admin/vendors/:id/:action:action": "reject",
        }

        const failures: string[] = []
        for (const route of routes) {
          const url = fillRoute(route.path, ids)
          for (const { label, type, body } of bodies) {
            const response = await api.post(url, body, {
              headers: { ...headersFor(route.path), "content-type": type },
              transformRequest: [(data: unknown) => data],
              validateStatus: () => true,
            })
            if (response.status >= 500) {
              failures.push(`POST ${url} with ${label} → ${response.status}: ${response.data?.message}`)
            }
          }
        }
        expect(failures).toEqual([])
      })

      it("answers 401 on every /vendor, /courier and /admin route to no token and to another actor's token", async () => {
        const routes = ["vendor", "courier", "admin"].flatMap((prefix) => scanRoutes(prefix))
        expect(routes.length).toBeGreaterThan(30)
        const vendorToken = (await registerVendor(api)).token
        const customer = await customerToken(api, publishableKey)
        const tokens: Record<string, Record<string, string | null>> = {
          vendor: { none: null, customer, admin },
          courier: { none: null, customer, vendor: vendorToken, admin },
          admin: { none: null, customer, vendor: vendorToken },
        }
        const failures: string[] = []
        for (const route of routes) {
          const prefix = route.path.split("/")[1]
          for (const method of route.methods) {
            for (const [who, token] of Object.entries(tokens[prefix])) {
              const response = await api.request({
                method,
                url: fillRoute(route.path),
                headers: token ? bearer(token).headers : {},
                data: method === "GET" ? undefined : {},
                validateStatus: () => true,
              })
              if (response.status !== 401) {
                failures.push(`${method} ${route.path} as ${who} → ${response.status}`)
              }
            }
          }
        }
        expect(failures).toEqual([])
      })
    })
  },
})

import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { VENDOR_MODULE } from "../../src/modules/vendor"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, customerToken, registerVendor } from "../helpers/actors"

jest.setTimeout(240 * 1000)

// medusa-config reads the environment before the runner applies its `env`, so
// what the config must see is set here, and put back after the suite.
const PORT = 19000 + Math.floor(Math.random() * 2000)
const previousEnvironment = { PORT: process.env.PORT }
process.env.PORT = String(PORT)
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

function form(files: [Buffer, string, string][], fields: Record<string, string> = {}, field = "files") {
  const body = new FormData()
  for (const [content, type, name] of files) {
    body.append(field, new Blob([content], { type }), name)
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
  },
})

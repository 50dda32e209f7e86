import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import http from "http"
import { seedDemoMarketplace } from "../../src/scripts/demo/seed-demo-marketplace"
import { adminToken, attempt, bearer, registerVendor } from "../helpers/actors"

jest.setTimeout(240 * 1000)

/**
 * Files on S3 (@medusajs/file-s3), against a small S3-compatible server in this
 * process that keeps each object with the ACL and type it was stored with.
 */
type StoredObject = { body: Buffer; content_type?: string; acl?: string }
const objects = new Map<string, StoredObject>()
const BUCKET = "daraa-files"
const S3_PORT = 21000 + Math.floor(Math.random() * 2000)
const FILE_URL = `https://cdn.daraa.example/${BUCKET}`

const fakeS3 = http.createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on("data", (chunk) => chunks.push(chunk))
  req.on("end", () => {
    const key = decodeURIComponent(new URL(req.url ?? "/", "http://s3").pathname).replace(`/${BUCKET}/`, "")
    if (req.method === "PUT") {
      objects.set(key, {
        body: Buffer.concat(chunks),
        content_type: req.headers["content-type"],
        acl: req.headers["x-amz-acl"] as string | undefined,
      })
      res.writeHead(200, { ETag: '"fake"' }).end()
      return
    }
    const stored = objects.get(key)
    if (req.method === "GET" && stored) {
      res.writeHead(200, { "Content-Type": stored.content_type ?? "application/octet-stream", "Content-Length": stored.body.length })
      res.end(stored.body)
      return
    }
    if (req.method === "POST" && new URL(req.url ?? "/", "http://s3").searchParams.has("delete")) {
      for (const [, deleted] of Buffer.concat(chunks).toString().matchAll(/<Key>(.*?)<\/Key>/g)) {
        objects.delete(deleted)
      }
      res.writeHead(200, { "Content-Type": "application/xml" }).end("<DeleteResult></DeleteResult>")
      return
    }
    if (req.method === "DELETE") {
      objects.delete(key)
      res.writeHead(204).end()
      return
    }
    res.writeHead(404, { "Content-Type": "application/xml" }).end("<Error><Code>NoSuchKey</Code></Error>")
  })
})

const settings: Record<string, string> = {
  S3_BUCKET: BUCKET,
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "test-key",
  S3_SECRET_ACCESS_KEY: "test-secret",
  S3_FILE_URL: FILE_URL,
  S3_ENDPOINT: `http://127.0.0.1:${S3_PORT}`,
}
const previousEnvironment = Object.fromEntries(Object.keys(settings).map((name) => [name, process.env[name]]))
Object.assign(process.env, settings)

beforeAll(async () => {
  await new Promise<void>((resolve) => fakeS3.listen(S3_PORT, "127.0.0.1", resolve))
})
afterAll(async () => {
  await new Promise((resolve) => fakeS3.close(resolve))
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

function form(content: Buffer, type: string, name: string, fields: Record<string, string> = {}) {
  const body = new FormData()
  body.append("files", new Blob([new Uint8Array(content)], { type }), name)
  for (const [field, value] of Object.entries(fields)) {
    body.append(field, value)
  }
  return body
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: string

    beforeAll(async () => {
      await seedDemoMarketplace(getContainer())
    })
    beforeEach(async () => {
      admin = await adminToken(api)
    })

    it("stores product images publicly at S3_FILE_URL, checked by content", async () => {
      const { token } = await registerVendor(api)
      const { data } = await api.post("/vendor/uploads", form(PNG, "image/png", "kaak.png"), bearer(token))
      const url: string = data.files[0].url
      expect(url.startsWith(`${FILE_URL}/kaak-`)).toBe(true)
      const stored = objects.get(decodeURIComponent(url.slice(FILE_URL.length + 1)))!
      expect(stored).toEqual(expect.objectContaining({ content_type: "image/png", acl: "public-read" }))
      expect(stored.body.equals(PNG)).toBe(true)

      const before = objects.size
      const html = Buffer.from("<script>alert(1)</script>")
      expect((await attempt(api.post("/vendor/uploads", form(html, "image/png", "x.html"), bearer(token)))).status).toEqual(400)
      expect(objects.size).toEqual(before)
    })

    it("stores verification documents privately and serves them only to their vendor and admins", async () => {
      const mine = await registerVendor(api)
      const theirs = await registerVendor(api)
      const { data } = await api.post(
        "/vendor/documents",
        form(PDF, "application/pdf", "registration.pdf", { type: "commercial_registration" }),
        bearer(mine.token)
      )
      const document = data.documents[0]
      expect(document.url).toEqual(`/vendor/documents/${document.id}/file`)

      const [row] = await getContainer().resolve<any>("vendor").listVendorDocuments({ id: document.id })
      expect(objects.get(row.file_id)).toEqual(expect.objectContaining({ acl: "private", content_type: "application/pdf" }))
      // The public file route is for local storage only; it never reads the bucket.
      expect((await attempt(api.get(`/files/${encodeURIComponent(row.file_id)}`))).status).toEqual(404)

      const own = await api.get(document.url, { ...bearer(mine.token), responseType: "arraybuffer" })
      expect(Buffer.from(own.data).equals(PDF)).toBe(true)
      expect((await attempt(api.get(document.url, bearer(theirs.token)))).status).toEqual(404)
      expect((await attempt(api.get(document.url))).status).toEqual(401)
      const forAdmin = await api.get(`/admin/vendors/${mine.vendor.id}/documents/${document.id}/file`, {
        ...bearer(admin),
        responseType: "arraybuffer",
      })
      expect(Buffer.from(forAdmin.data).equals(PDF)).toBe(true)

      await api.delete(`/vendor/documents/${document.id}`, bearer(mine.token))
      expect(objects.has(row.file_id)).toBe(false)
    })
  },
})

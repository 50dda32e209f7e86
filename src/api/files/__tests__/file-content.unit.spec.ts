import { allowedFileKind, detectFileKind, storedFilename } from "../file-content"

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(values.map((value) => (typeof value === "string" ? Buffer.from(value, "latin1") : Buffer.from([value]))))

describe("detectFileKind", () => {
  it.each([
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, "JFIF"), "image/jpeg"],
    ["PNG", bytes(0x89, "PNG\r\n", 0x1a, "\n", "rest"), "image/png"],
    ["GIF", bytes("GIF89a", "rest"), "image/gif"],
    ["WebP", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["AVIF", bytes(0, 0, 0, 0x1c, "ftypavif", 0, 0, 0, 0, "avifmif1miaf"), "image/avif"],
    ["AVIF as a compatible brand", bytes(0, 0, 0, 0x18, "ftypmif1", 0, 0, 0, 0, "mif1avif"), "image/avif"],
    ["PDF", bytes("%PDF-1.7\n"), "application/pdf"],
  ])("reads %s from its first bytes", (_label, content, mime) => {
    expect(detectFileKind(content)?.mime_type).toEqual(mime)
  })

  it.each([
    ["HTML", bytes("<script>alert(1)</script>")],
    ["SVG", bytes("<svg xmlns='http://www.w3.org/2000/svg'/>")],
    ["an MP4", bytes(0, 0, 0, 0x18, "ftypisom", 0, 0, 0, 0, "isomiso2")],
    ["nothing", bytes()],
    ["a short prefix", bytes(0x89, "PN")],
  ])("knows nothing of %s", (_label, content) => {
    expect(detectFileKind(content)).toBeNull()
  })
})

describe("allowedFileKind", () => {
  it("takes a PDF as a document and not as a product image", () => {
    const pdf = bytes("%PDF-1.4\n")
    expect(allowedFileKind(pdf, "document")?.extension).toEqual("pdf")
    expect(allowedFileKind(pdf, "product_image")).toBeNull()
  })

  it("takes a GIF as a product image and not as a document", () => {
    const gif = bytes("GIF87a...")
    expect(allowedFileKind(gif, "product_image")?.extension).toEqual("gif")
    expect(allowedFileKind(gif, "document")).toBeNull()
  })
})

describe("storedFilename", () => {
  it("keeps the name's words, drops its path and extension, and uses the content's extension", () => {
    const kind = detectFileKind(bytes(0x89, "PNG\r\n", 0x1a, "\n"))!
    expect(storedFilename("../../evil page.html", kind)).toMatch(/^evil-page-[0-9a-f]{16}\.png$/)
    expect(storedFilename("...", kind)).toMatch(/^file-[0-9a-f]{16}\.png$/)
    expect(storedFilename("kaak.png", kind)).not.toEqual(storedFilename("kaak.png", kind))
  })
})

import { randomBytes } from "crypto"

/**
 * What a file is, read from its first bytes (its "magic number"), never from the
 * name or the type the client declared: a declared `image/png` can hold HTML.
 */
export type FileKind = { mime_type: string; extension: string; label: string }

const JPEG: FileKind = { mime_type: "image/jpeg", extension: "jpg", label: "JPEG" }
const PNG: FileKind = { mime_type: "image/png", extension: "png", label: "PNG" }
const GIF: FileKind = { mime_type: "image/gif", extension: "gif", label: "GIF" }
const WEBP: FileKind = { mime_type: "image/webp", extension: "webp", label: "WebP" }
const AVIF: FileKind = { mime_type: "image/avif", extension: "avif", label: "AVIF" }
const PDF: FileKind = { mime_type: "application/pdf", extension: "pdf", label: "PDF" }

/** What each upload purpose accepts. */
export const FILE_PURPOSES = {
  product_image: [JPEG, PNG, WEBP, GIF, AVIF],
  document: [PDF, JPEG, PNG],
} as const
export type FilePurpose = keyof typeof FILE_PURPOSES

function startsWith(content: Buffer, bytes: number[], offset = 0): boolean {
  return content.length >= offset + bytes.length && bytes.every((byte, index) => content[offset + index] === byte)
}

function ascii(content: Buffer, start: number, end: number): string {
  return content.length >= end ? content.subarray(start, end).toString("latin1") : ""
}

/** An ISO base media file (`ftyp` box) whose major or compatible brands name AVIF. */
function isAvif(content: Buffer): boolean {
  if (ascii(content, 4, 8) !== "ftyp") {
    return false
  }
  const boxSize = Math.min(content.readUInt32BE(0), content.length)
  const brands = [ascii(content, 8, 12)]
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    brands.push(ascii(content, offset, offset + 4))
  }
  return brands.some((brand) => brand === "avif" || brand === "avis")
}

export function detectFileKind(content: Buffer): FileKind | null {
  if (startsWith(content, [0xff, 0xd8, 0xff])) {
    return JPEG
  }
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return PNG
  }
  if (ascii(content, 0, 6) === "GIF87a" || ascii(content, 0, 6) === "GIF89a") {
    return GIF
  }
  if (ascii(content, 0, 4) === "RIFF" && ascii(content, 8, 12) === "WEBP") {
    return WEBP
  }
  if (content.length >= 12 && isAvif(content)) {
    return AVIF
  }
  if (ascii(content, 0, 5) === "%PDF-") {
    return PDF
  }
  return null
}

/** The kind of `content` when `purpose` allows it, otherwise null. */
export function allowedFileKind(content: Buffer, purpose: FilePurpose): FileKind | null {
  const kind = detectFileKind(content)
  return kind && (FILE_PURPOSES[purpose] as readonly FileKind[]).includes(kind) ? kind : null
}

export function describeAllowedKinds(purpose: FilePurpose): string {
  const labels = FILE_PURPOSES[purpose].map((kind) => kind.label)
  return `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]}`
}

/**
 * A stored name that keeps the client's words but not its extension, path or
 * odd characters ("../x.html" read as a PNG is stored as "x-<random>.png"); the
 * random part keeps two uploads of one name apart and names unguessable.
 */
export function storedFilename(originalName: string, kind: FileKind): string {
  const base = originalName.split(/[\\/]/).pop() ?? ""
  const stem = base.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80)
  return `${stem || "file"}-${randomBytes(8).toString("hex")}.${kind.extension}`
}

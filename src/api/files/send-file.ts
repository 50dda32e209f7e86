import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { detectFileKind } from "./file-content"

/** The file's bytes from the File module, or a 404 when it is gone or the key is not a plain name. */
export async function readStoredFile(container: MedusaContainer, key: string): Promise<Buffer> {
  if (!key || /[\\/]|\.\./.test(key)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File was not found")
  }
  try {
    return await container.resolve(Modules.FILE).getAsBuffer(key)
  } catch {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File was not found")
  }
}

/**
 * Sends stored bytes with a type read from their content. Only recognised
 * images and PDFs are shown inline; anything else downloads as
 * `application/octet-stream`. The CSP sandbox keeps even a crafted file from
 * running script on this origin.
 */
export function sendStoredFile(
  res: MedusaResponse,
  content: Buffer,
  { filename, isPrivate }: { filename: string; isPrivate: boolean }
) {
  const kind = detectFileKind(content)
  const safeName = filename.replace(/[^\w.-]+/g, "_")
  res.setHeader("Content-Type", kind?.mime_type ?? "application/octet-stream")
  res.setHeader("Content-Length", String(content.length))
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "default-src 'none'; sandbox")
  res.setHeader("Content-Disposition", `${kind && !isPrivate ? "inline" : "attachment"}; filename="${safeName}"`)
  res.setHeader("Cache-Control", isPrivate ? "private, no-store" : "public, max-age=86400")
  res.status(200).end(content)
}

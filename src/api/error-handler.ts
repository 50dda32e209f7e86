import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_UPLOAD_FILE_BYTES, MAX_UPLOAD_FILES } from "./files/multipart"

const medusaErrorHandler = errorHandler()
const GENERIC_CONFLICT = /^The request conflicted with another request/

const TOO_LARGE = 413

// Medusa's Locking Module gives up after its timeout (5 s by default) with a plain Error, or at once
// when a workflow does not wait in line (adding to a cart another request is changing): in one process a
// plain Error, with Redis a conflict, both naming the key.
const LOCK_TIMEOUT = /^(Timed-out acquiring lock|Failed to acquire lock for key)/
/** Seconds a client waits before trying again after a lock timeout. */
export const LOCK_RETRY_AFTER_SECONDS = 1

/** Multer's errors are the client's: a status and a sentence instead of a 500. */
function describeMulterError(error: { code: string; field?: string; filename?: string; message: string }): {
  status: number
  message: string
} {
  switch (error.code) {
    case "LIMIT_FILE_SIZE":
      return {
        status: TOO_LARGE,
        message: `${error.field ?? "files"}: ${error.filename ?? "a file"} is larger than ${MAX_UPLOAD_FILE_BYTES / (1024 * 1024)} MB`,
      }
    case "LIMIT_FILE_COUNT":
      return { status: TOO_LARGE, message: `${error.field ?? "files"}: at most ${MAX_UPLOAD_FILES} files per request` }
    case "LIMIT_PART_COUNT":
    case "LIMIT_FIELD_COUNT":
    case "LIMIT_FIELD_VALUE":
    case "LIMIT_FIELD_KEY":
      return { status: TOO_LARGE, message: `The form has too many or too large parts (${error.message})${error.field ? `: ${error.field}` : ""}` }
    case "LIMIT_UNEXPECTED_FILE":
      return { status: 400, message: `Unexpected file field "${error.field ?? ""}": send files as "files"` }
    default:
      return { status: 400, message: `${error.message}${error.field ? `: ${error.field}` : ""}` }
  }
}

/**
 * Medusa's handler answers every 409 with a generic idempotency sentence. An
 * invalid state change deserves its own message ("A vendor that is rejected
 * cannot be suspended…"), so a conflict keeps the message it was thrown with.
 * Upload errors and bodies that are too large answer 400 or 413 with the same
 * `{type, message}` shape. A request that waited too long for a lock (many
 * checkouts of the same products at one moment, a cart changed by two
 * requests) changed nothing, since the workflow undid its steps: it answers
 * 409 with Retry-After instead of Medusa's 500. Everything else is Medusa's
 * handler unchanged.
 */
export function daraaErrorHandler(error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (typeof error?.message === "string" && LOCK_TIMEOUT.test(error.message) && (!error.type || error.type === MedusaError.Types.CONFLICT)) {
    res.setHeader("Retry-After", String(LOCK_RETRY_AFTER_SECONDS))
    res.status(409).json({
      type: MedusaError.Types.CONFLICT,
      code: "invalid_state_error",
      message: "Other requests are changing the same cart or the stock of the same products right now; nothing was changed. Try again in a moment.",
    })
    return
  }
  if (error?.type === MedusaError.Types.CONFLICT && error.message && !GENERIC_CONFLICT.test(error.message)) {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message: error.message })
    return
  }
  if (error?.name === "MulterError") {
    const { status, message } = describeMulterError(error)
    res.status(status).json({ type: MedusaError.Types.INVALID_DATA, code: status === TOO_LARGE ? "payload_too_large" : "invalid_request_error", message })
    return
  }
  if (error?.status === TOO_LARGE || error?.statusCode === TOO_LARGE) {
    res.status(TOO_LARGE).json({ type: MedusaError.Types.INVALID_DATA, code: "payload_too_large", message: "The request body is too large." })
    return
  }
  medusaErrorHandler(error, req, res, next)
}

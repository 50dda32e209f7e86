import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { errorHandler } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()
const GENERIC_CONFLICT = /^The request conflicted with another request/

/**
 * Medusa's handler answers every 409 with a generic idempotency sentence. An
 * invalid state change deserves its own message ("A vendor that is rejected
 * cannot be suspended…"), so a conflict keeps the message it was thrown with;
 * everything else is Medusa's handler unchanged.
 */
export function daraaErrorHandler(error: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (error?.type === MedusaError.Types.CONFLICT && error.message && !GENERIC_CONFLICT.test(error.message)) {
    res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message: error.message })
    return
  }
  medusaErrorHandler(error, req, res, next)
}

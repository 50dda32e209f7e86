import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Unknown routes answer JSON like every other error, not Express's HTML page. */
export function answerNotFound(req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({ type: MedusaError.Types.NOT_FOUND, message: `${req.method} ${req.path} is not a route of this API` })
}

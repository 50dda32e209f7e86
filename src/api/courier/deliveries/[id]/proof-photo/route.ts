import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { attachProofPhotoWorkflow } from "../../../../../workflows/delivery/workflows/attach-proof-photo"
import { detectFileKind, storedFilename } from "../../../../files/file-content"
import { uploadedFiles } from "../../../../files/multipart"
import type { CourierRequest } from "../../../resolve-courier-actor"
import { retrieveCourierDelivery } from "../../helpers"

/**
 * Multipart `photo`: one JPEG or PNG (by content) of the order at the door,
 * kept privately as proof of delivery, while the delivery is picked up or
 * delivered. Admins read it at GET /admin/deliveries/:id/proof-photo.
 */
export const POST = async (req: CourierRequest, res: MedusaResponse) => {
  const files = uploadedFiles(req)
  const unknownField = Object.keys((req.body ?? {}) as Record<string, unknown>)[0]
  if (unknownField !== undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unrecognized fields: '${unknownField}'`)
  }
  if (files.length !== 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "photo is required: send one image as multipart form data")
  }
  const kind = detectFileKind(files[0].buffer)
  if (!kind || (kind.mime_type !== "image/jpeg" && kind.mime_type !== "image/png")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `photo must be a JPEG or PNG image; the content of ${files[0].originalname} is not`)
  }
  const courierId = req.courier_context.courier.id
  await attachProofPhotoWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      courier_id: courierId,
      photo: { stored_filename: storedFilename(files[0].originalname, kind), mime_type: kind.mime_type, content: files[0].buffer.toString("binary") },
    },
  })
  res.json({ delivery: await retrieveCourierDelivery(req.scope, req.params.id, courierId) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COURIER_DOCUMENT_TYPES } from "../../../modules/courier/models/courier-document"
import { submitCourierDocumentsWorkflow } from "../../../workflows/courier/workflows/submit-courier-documents"
import { allowedFileKind, describeAllowedKinds, storedFilename } from "../../files/file-content"
import { uploadedFiles } from "../../files/multipart"
import type { CourierRequest } from "../resolve-courier-actor"
import { courierDocumentView } from "./helpers"
import { courierDocumentFields } from "./query-config"

/** The courier's own documents. */
export const GET = async (req: CourierRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: documents, metadata } = await query.graph({
    entity: "courier_document",
    fields: req.queryConfig.fields,
    filters: { courier_id: req.courier_context.courier.id },
    pagination: req.queryConfig.pagination,
  })
  // The stored URL is private: a document asked with its url gets the authenticated one.
  const shown = documents.map((document) => ("url" in document ? courierDocumentView(document) : document))
  res.json({ documents: shown, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/**
 * Multipart: `files` (PDF, JPEG or PNG, by content) and `type`, one per file or
 * one for all (`id`, `vehicle`). Stored privately; read back through
 * GET /courier/documents/:id/file.
 */
export const POST = async (req: CourierRequest, res: MedusaResponse) => {
  const files = uploadedFiles(req)
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "files is required: send the documents as multipart form data")
  }
  const body = (req.body ?? {}) as Record<string, unknown>
  const unknownField = Object.keys(body).find((key) => key !== "type")
  if (unknownField) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unrecognized fields: '${unknownField}'`)
  }
  const types = ([] as unknown[]).concat(body.type ?? [])
  if (types.length !== 1 && types.length !== files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "type is required: one for all files, or one per file")
  }
  const badType = types.find((type) => !COURIER_DOCUMENT_TYPES.includes(type as any))
  if (badType !== undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `type must be one of ${COURIER_DOCUMENT_TYPES.join(", ")}, not "${badType}"`)
  }
  const checked = files.map((file) => ({ file, kind: allowedFileKind(file.buffer, "document") }))
  const refused = checked.find(({ kind }) => !kind)
  if (refused) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files must be ${describeAllowedKinds("document")}; the content of ${refused.file.originalname} is not`
    )
  }
  const courierId = req.courier_context.courier.id
  await submitCourierDocumentsWorkflow(req.scope).run({
    input: {
      courier_id: courierId,
      files: checked.map(({ file, kind }, index) => ({
        type: (types[index] ?? types[0]) as (typeof COURIER_DOCUMENT_TYPES)[number],
        filename: file.originalname,
        stored_filename: storedFilename(file.originalname, kind!),
        mime_type: kind!.mime_type,
        content: file.buffer.toString("binary"),
      })),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: documents } = await query.graph({
    entity: "courier_document",
    fields: courierDocumentFields,
    filters: { courier_id: courierId },
  })
  res.status(201).json({ documents: documents.map(courierDocumentView) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { submitVendorDocumentsWorkflow } from "../../../workflows/vendor/workflows/submit-vendor-documents"
import { allowedFileKind, describeAllowedKinds, storedFilename } from "../../files/file-content"
import { uploadedFiles } from "../../files/multipart"
import type { VendorRequest } from "../resolve-vendor-actor"
import { vendorDocumentView } from "./helpers"
import { documentFields } from "./query-config"

export const DOCUMENT_TYPES = ["commercial_registration", "owner_id", "tax_certificate", "other"] as const

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: documents, metadata } = await query.graph({
    entity: "vendor_document",
    fields: req.queryConfig.fields,
    filters: { vendor_id: req.vendor_context.vendor.id },
    pagination: req.queryConfig.pagination,
  })
  // The stored URL is private: a document asked with its url gets the authenticated one.
  const shown = documents.map((document) => ("url" in document ? vendorDocumentView(document) : document))
  res.json({ documents: shown, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}

/**
 * Multipart: `files` (PDF, JPEG or PNG, by content) and `type`, one per file or
 * one for all (commercial_registration, owner_id, tax_certificate, other).
 * Stored privately; read back through GET /vendor/documents/:id/file.
 */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
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
  const badType = types.find((type) => !DOCUMENT_TYPES.includes(type as any))
  if (badType !== undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `type must be one of ${DOCUMENT_TYPES.join(", ")}, not "${badType}"`)
  }
  const checked = files.map((file) => ({ file, kind: allowedFileKind(file.buffer, "document") }))
  const refused = checked.find(({ kind }) => !kind)
  if (refused) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files must be ${describeAllowedKinds("document")}; the content of ${refused.file.originalname} is not`
    )
  }
  await submitVendorDocumentsWorkflow(req.scope).run({
    input: {
      vendor_id: req.vendor_context.vendor.id,
      files: checked.map(({ file, kind }, index) => ({
        type: (types[index] ?? types[0]) as (typeof DOCUMENT_TYPES)[number],
        filename: file.originalname,
        stored_filename: storedFilename(file.originalname, kind!),
        mime_type: kind!.mime_type,
        content: file.buffer.toString("binary"),
      })),
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: documents } = await query.graph({
    entity: "vendor_document",
    fields: documentFields,
    filters: { vendor_id: req.vendor_context.vendor.id },
  })
  res.status(201).json({ documents: documents.map(vendorDocumentView) })
}

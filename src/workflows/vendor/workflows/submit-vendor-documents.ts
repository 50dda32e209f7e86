import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createVendorDocumentsStep, type VendorDocumentInput } from "../steps/create-vendor-documents"
import { DaraaEvents } from "../../../events"

export type SubmitVendorDocumentsWorkflowInput = {
  vendor_id: string
  // `filename` is the client's name, shown back; `stored_filename` is the name the file is stored under.
  files: { type: VendorDocumentInput["type"]; filename: string; stored_filename: string; mime_type: string; content: string }[]
}

export const submitVendorDocumentsWorkflowId = "submit-vendor-documents"

/** Verification documents: stored privately through the File module, then listed for admins. */
export const submitVendorDocumentsWorkflow = createWorkflow(
  submitVendorDocumentsWorkflowId,
  (input: SubmitVendorDocumentsWorkflowInput) => {
    const uploaded = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: input.files.map((file) => ({
          filename: file.stored_filename,
          mimeType: file.mime_type,
          content: file.content,
          access: "private" as const,
        })),
      })),
    })
    const documents = createVendorDocumentsStep(
      transform({ input, uploaded }, ({ input, uploaded }) =>
        input.files.map((file, index) => ({
          vendor_id: input.vendor_id,
          type: file.type,
          file_id: uploaded[index].id,
          url: uploaded[index].url,
          filename: file.filename,
          mime_type: file.mime_type,
        }))
      )
    )
    emitEventStep({
      eventName: DaraaEvents.VENDOR_DOCUMENTS_SUBMITTED,
      data: transform({ input, documents }, ({ input, documents }) => ({
        id: input.vendor_id,
        document_ids: documents.map((d) => d.id),
      })),
    })
    return new WorkflowResponse(documents)
  }
)

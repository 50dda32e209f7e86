import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { DaraaEvents } from "../../../events"
import { createCourierDocumentsStep, type CourierDocumentInput } from "../steps/create-courier-documents"

export type SubmitCourierDocumentsWorkflowInput = {
  courier_id: string
  // `filename` is the client's name, shown back; `stored_filename` is the name the file is stored under.
  files: { type: CourierDocumentInput["type"]; filename: string; stored_filename: string; mime_type: string; content: string }[]
}

export const submitCourierDocumentsWorkflowId = "submit-courier-documents"

/** ID and vehicle documents: stored privately through the File module, then listed for admins. */
export const submitCourierDocumentsWorkflow = createWorkflow(
  submitCourierDocumentsWorkflowId,
  (input: SubmitCourierDocumentsWorkflowInput) => {
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
    const documents = createCourierDocumentsStep(
      transform({ input, uploaded }, ({ input, uploaded }) =>
        input.files.map((file, index) => ({
          courier_id: input.courier_id,
          type: file.type,
          file_id: uploaded[index].id,
          url: uploaded[index].url,
          filename: file.filename,
          mime_type: file.mime_type,
        }))
      )
    )
    emitEventStep({
      eventName: DaraaEvents.COURIER_DOCUMENTS_SUBMITTED,
      data: transform({ input, documents }, ({ input, documents }) => ({
        id: input.courier_id,
        document_ids: documents.map((d) => d.id),
      })),
    })
    return new WorkflowResponse(documents)
  }
)

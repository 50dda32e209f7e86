import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { setProofPhotoStep, validateProofPhotoStep } from "../steps/set-proof-photo"

export type AttachProofPhotoWorkflowInput = {
  delivery_id: string
  courier_id: string
  photo: { stored_filename: string; mime_type: string; content: string }
}

export const attachProofPhotoWorkflowId = "attach-proof-photo"

/** The courier's photo of the handed-over order, stored privately through the File module. */
export const attachProofPhotoWorkflow = createWorkflow(attachProofPhotoWorkflowId, (input: AttachProofPhotoWorkflowInput) => {
  validateProofPhotoStep({ delivery_id: input.delivery_id, courier_id: input.courier_id })
  const uploaded = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: [{ filename: input.photo.stored_filename, mimeType: input.photo.mime_type, content: input.photo.content, access: "private" as const }],
    })),
  })
  const fileId = setProofPhotoStep(transform({ input, uploaded }, ({ input, uploaded }) => ({ delivery_id: input.delivery_id, file_id: uploaded[0].id })))
  return new WorkflowResponse(fileId)
})

import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { allowedFileKind, describeAllowedKinds, storedFilename } from "../../files/file-content"
import { uploadedFiles } from "../../files/multipart"
import type { VendorRequest } from "../resolve-vendor-actor"

/**
 * Product images, through Medusa's File module; answers their URLs to use in
 * `images`. Each file must be an image by its content, whatever it claims.
 */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const files = uploadedFiles(req)
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "files is required: send one or more images as multipart form data")
  }
  const checked = files.map((file) => ({ file, kind: allowedFileKind(file.buffer, "product_image") }))
  const refused = checked.find(({ kind }) => !kind)
  if (refused) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files must be ${describeAllowedKinds("product_image")} images; the content of ${refused.file.originalname} is not`
    )
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: checked.map(({ file, kind }) => ({
        filename: storedFilename(file.originalname, kind!),
        mimeType: kind!.mime_type,
        content: file.buffer.toString("binary"),
        access: "public" as const,
      })),
    },
  })
  res.status(200).json({ files: result })
}

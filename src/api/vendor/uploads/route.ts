import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorRequest } from "../resolve-vendor-actor"

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer }

export const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"]

/** Product images, through Medusa's File module; answers their URLs to use in `images`. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  const files = ((req as unknown as { files?: UploadedFile[] }).files ?? [])
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "files is required: send one or more images as multipart form data")
  }
  const notImage = files.find((file) => !IMAGE_TYPES.includes(file.mimetype))
  if (notImage) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `files must be images (${IMAGE_TYPES.join(", ")}); ${notImage.originalname} is ${notImage.mimetype}`
    )
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: files.map((file) => ({
        filename: file.originalname,
        mimeType: file.mimetype,
        content: file.buffer.toString("binary"),
        access: "public" as const,
      })),
    },
  })
  res.status(200).json({ files: result })
}

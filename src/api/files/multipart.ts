import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export const MAX_UPLOAD_FILE_BYTES = 10 * 1024 * 1024
export const MAX_UPLOAD_FILES = 10

export type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer; size: number }

/**
 * Multipart files in `field`, held in memory within the limits. Multer's own
 * errors (too large, too many, another field) are answered by the error
 * handler; a body that is not valid multipart (cut short, no boundary) is a 400
 * here, never a 500.
 */
export function multipartFiles(field = "files") {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: {
      fileSize: MAX_UPLOAD_FILE_BYTES,
      files: MAX_UPLOAD_FILES,
      fields: 20,
      fieldSize: 64 * 1024,
      parts: MAX_UPLOAD_FILES + 20,
    },
  }).array(field)

  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    parse(req as any, res as any, (error?: any) => {
      if (!error || error.name === "MulterError") {
        return next(error)
      }
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${field} must be sent as a complete multipart/form-data body (${error.message ?? "unreadable body"})`
        )
      )
    })
  }
}

export function uploadedFiles(req: MedusaRequest): UploadedFile[] {
  return ((req as unknown as { files?: UploadedFile[] }).files ?? [])
}

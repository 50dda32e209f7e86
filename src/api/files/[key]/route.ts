import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { readStoredFile, sendStoredFile } from "../send-file"

const LOCAL_FILE_PROVIDER = "@medusajs/medusa/file-local"

function usesLocalStorage(req: MedusaRequest): boolean {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as any
  const providers = config.modules?.file?.options?.providers ?? []
  return providers.some((provider: any) => provider.resolve === LOCAL_FILE_PROVIDER)
}

/**
 * Public files of local storage (product images), with no login. Private files
 * (verification documents, keyed `private-…`) are never served here; with S3
 * storage public files are served by the bucket and this route has nothing.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const key = req.params.key
  if (!usesLocalStorage(req) || key.startsWith("private-")) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "File was not found")
  }
  sendStoredFile(res, await readStoredFile(req.scope, key), { filename: key, isPrivate: false })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../../../modules/delivery"
import type DeliveryModuleService from "../../../../../modules/delivery/service"
import { readStoredFile, sendStoredFile } from "../../../../files/send-file"

/** The courier's proof-of-delivery photo, served privately; 404 when the delivery has none. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [delivery] = await req.scope
    .resolve<DeliveryModuleService>(DELIVERY_MODULE)
    .listDeliveries({ id: req.params.id }, { select: ["id", "proof_photo_file_id"], take: 1 })
  if (!delivery?.proof_photo_file_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${req.params.id} has no proof photo`)
  }
  sendStoredFile(res, await readStoredFile(req.scope, delivery.proof_photo_file_id), { filename: `${delivery.id}-proof`, isPrivate: true })
}

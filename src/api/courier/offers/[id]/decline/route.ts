import type { MedusaResponse } from "@medusajs/framework/http"
import { expireDueOffers } from "../../../../../workflows/delivery/dispatch-due"
import { answerDeliveryOfferWorkflow } from "../../../../../workflows/delivery/workflows/answer-delivery-offer"
import type { CourierRequest } from "../../../resolve-courier-actor"
import { retrieveCourierOffer } from "../../helpers"

/** The courier passes: the delivery goes to the next courier, and is not offered to this one again. */
export const POST = async (req: CourierRequest, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  await expireDueOffers(req.scope, { courier_id: courierId, offer_ids: [req.params.id] })
  await answerDeliveryOfferWorkflow(req.scope).run({ input: { offer_id: req.params.id, answer: "declined", courier_id: courierId } })
  res.json({ offer: await retrieveCourierOffer(req.scope, req.params.id, courierId) })
}

import type { MedusaResponse } from "@medusajs/framework/http"
import { expireDueOffers } from "../../../../../workflows/delivery/dispatch-due"
import { answerDeliveryOfferWorkflow } from "../../../../../workflows/delivery/workflows/answer-delivery-offer"
import { retrieveCourierDelivery } from "../../../deliveries/helpers"
import type { CourierRequest } from "../../../resolve-courier-actor"

/** The courier takes the delivery: it is assigned to it. An offer already answered, or past its time, answers 409. */
export const POST = async (req: CourierRequest, res: MedusaResponse) => {
  const courierId = req.courier_context.courier.id
  await expireDueOffers(req.scope, { courier_id: courierId, offer_ids: [req.params.id] })
  const { result } = await answerDeliveryOfferWorkflow(req.scope).run({
    input: { offer_id: req.params.id, answer: "accepted", courier_id: courierId },
  })
  res.json({ delivery: await retrieveCourierDelivery(req.scope, result.moved!.id, courierId) })
}

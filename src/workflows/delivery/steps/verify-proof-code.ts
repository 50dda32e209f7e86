import { timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertDeliveryMove } from "../../../modules/delivery/delivery-status"
import { deliveryService, findDelivery, withDeliveryLock } from "../delivery-moves"

export const verifyProofCodeStepId = "verify-proof-code"

/**
 * Checks the code the customer gave the courier. A wrong code counts against
 * the delivery's tries (DELIVERY_PROOF_ATTEMPTS) and answers 400 with the
 * tries left; once they are spent the delivery refuses more codes (409). The
 * count is kept even though the request fails: that is the bound.
 */
export const verifyProofCodeStep = createStep(
  verifyProofCodeStepId,
  async (input: { delivery_id: string; courier_id: string; code: string }, { container }) => {
    const service = deliveryService(container)
    const allowed = service.dispatchSettings().proof_attempts
    await withDeliveryLock(container, input.delivery_id, async () => {
      const delivery = await findDelivery(service, input.delivery_id, input.courier_id)
      assertDeliveryMove(delivery.status, "delivered")
      if (delivery.proof_attempts >= allowed) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Too many wrong codes (${allowed}); the code can no longer be entered for this delivery. Report it as failed or call support.`
        )
      }
      const given = Buffer.from(input.code)
      const expected = Buffer.from(delivery.proof_code)
      if (given.length === expected.length && timingSafeEqual(given, expected)) {
        return
      }
      const attempts = delivery.proof_attempts + 1
      await service.updateDeliveries({ id: delivery.id, proof_attempts: attempts })
      const left = allowed - attempts
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `code is not this delivery's code; ${left} ${left === 1 ? "try" : "tries"} left.`
      )
    })
    return new StepResponse({ delivery_id: input.delivery_id })
  }
)

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { adminPayoutFields, payoutAccountView, payoutView } from "../../../queries/payouts"

/** Who a payout pays, by name: the store, or the courier (through the payout's read-only links). */
export const PAYEE_NAME_FIELDS = ["vendor.name", "courier.first_name", "courier.last_name"]

export function payeeName(payout: Record<string, any>): string | null {
  if (payout.owner_type === "vendor") {
    return payout.vendor?.name ?? null
  }
  return payout.courier ? `${payout.courier.first_name} ${payout.courier.last_name}` : null
}

/** A payout as admins read it: the payee's name and its current payout account beside it; 404 when missing. */
export async function adminPayout(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payout],
  } = await query.graph({ entity: "payout", fields: [...adminPayoutFields, ...PAYEE_NAME_FIELDS], filters: { id } })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${id} was not found.`)
  }
  const service = scope.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const { vendor, courier, ...rest } = payout as Record<string, any>
  const account = await service.accountOf({ owner_type: rest.owner_type, owner_id: rest.owner_id })
  return { ...payoutView(rest), payee_name: payeeName(payout as Record<string, any>), payout_account: payoutAccountView(service, account) }
}

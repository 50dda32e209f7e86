import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorOrderAmounts } from "../../../events"
import { roundToCurrency } from "../../../modules/commission/commission-calculation"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { WALLET_MODULE } from "../../../modules/wallet"
import type { PostTransactionInput } from "../../../modules/wallet/ledger-types"
import { settlementAccounts, settlementPosting, type SettlementShares } from "../../../modules/wallet/postings"
import type WalletModuleService from "../../../modules/wallet/service"

export const prepareSettlementStepId = "prepare-vendor-order-settlement"

/** Why a settlement is asked for: the order was delivered or completed, or its money changed after settlement. */
export type SettlementTrigger = "delivered" | "completed" | "resync"

// A vendor order not accepted yet, rejected or cancelled has nothing to settle.
const NEVER_SETTLED = ["pending", "rejected", "cancelled"]

/**
 * The settlement a vendor order needs now, or null: on delivery (or Medusa's
 * completion, the fallback until couriers deliver) the first one pays the
 * vendor its net (pending for VENDOR_HOLD_DAYS), the platform its commission,
 * the delivery fee and the tax, out of clearing. Once settled, a refund or a
 * recomputed commission posts only the difference (`settlement:<order>:<n>`).
 * An order never settled is left alone by a resync; a rejected or cancelled
 * order is never settled. Writes nothing; run under the order's settlement lock.
 */
export const prepareSettlementStep = createStep(
  prepareSettlementStepId,
  async (input: { order_id: string; trigger: SettlementTrigger; amounts: VendorOrderAmounts }, { container }) => {
    const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
    const [state] = await container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .listVendorOrderStates({ order_id: input.order_id }, { select: ["vendor_id", "vendor_status"] })
    if (!state) {
      return new StepResponse(null as PostTransactionInput | null)
    }
    const firstKey = `settlement:${input.order_id}`
    const settled = await wallet.findTransactionByKey(firstKey)
    if (!settled && (input.trigger === "resync" || NEVER_SETTLED.includes(state.vendor_status))) {
      return new StepResponse(null as PostTransactionInput | null)
    }
    const currency = input.amounts.currency_code
    const accounts = settlementAccounts(state.vendor_id, currency)
    const totals = await wallet.referenceTotals({ type: "order", id: input.order_id }, "settlement")
    const paidTo = (share: keyof SettlementShares) =>
      totals.find((row) => row.owner_type === accounts[share].owner_type && row.owner_id === accounts[share].owner_id && row.currency_code === currency)
        ?.total ?? "0"
    const count = settled ? await wallet.referenceTransactionCount({ type: "order", id: input.order_id }, "settlement") : 0
    const posting = settlementPosting({
      order_id: input.order_id,
      vendor_id: state.vendor_id,
      currency_code: currency,
      // Each share at the currency's precision; what rounding leaves stays in clearing.
      target: {
        vendor: roundToCurrency(input.amounts.vendor_net, currency),
        commission: roundToCurrency(input.amounts.commission, currency),
        delivery: roundToCurrency(input.amounts.delivery_fee ?? 0, currency),
        tax: roundToCurrency(input.amounts.tax ?? 0, currency),
      },
      paid: { vendor: paidTo("vendor"), commission: paidTo("commission"), delivery: paidTo("delivery"), tax: paidTo("tax") },
      idempotency_key: settled ? `${firstKey}:${count + 1}` : firstKey,
      vendor_available_at: wallet.earningsAvailableAt(),
    })
    if (posting && MathBN.lt(input.amounts.vendor_net, 0)) {
      posting.note = "The vendor's net is below zero after refunds: the vendor owes the platform."
    }
    return new StepResponse(posting)
  }
)

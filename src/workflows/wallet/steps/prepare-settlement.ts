import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorOrderAmounts } from "../../../events"
import { roundToCurrency } from "../../../modules/commission/commission-calculation"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type OrderGroupModuleService from "../../../modules/order-group/service"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { WALLET_MODULE } from "../../../modules/wallet"
import type { PostTransactionInput } from "../../../modules/wallet/ledger-types"
import { settlementAccounts, settlementPosting, type SettlementShares } from "../../../modules/wallet/postings"
import type WalletModuleService from "../../../modules/wallet/service"
import { deliveryFeeSplit } from "../delivery-fee-split"

export const prepareSettlementStepId = "prepare-vendor-order-settlement"

/** Why a settlement is asked for: the order was delivered or completed, or its money changed after settlement. */
export type SettlementTrigger = "delivered" | "completed" | "resync"

// A vendor order not accepted yet, rejected or cancelled has nothing to settle.
const NEVER_SETTLED = ["pending", "rejected", "cancelled"]

/**
 * The settlement a vendor order needs now, or null: on delivery (or Medusa's
 * completion, the fallback until couriers deliver) the first one pays the
 * vendor its net (pending for VENDOR_HOLD_DAYS), the platform its commission,
 * the delivery fee and the tax, out of clearing. Once a courier has delivered
 * the order, the courier gets its share of the delivery fee and the platform
 * the rest; an order settled before that moves the share from the platform's
 * delivery account to the courier, so clearing is left untouched. Once settled, a refund or a
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
    // Once a courier has delivered the order, the delivery fee is shared with it (COURIER_FEE_SHARE).
    const [delivered] = await container
      .resolve<DeliveryModuleService>(DELIVERY_MODULE)
      .listDeliveries({ order_id: input.order_id, status: "delivered" }, { select: ["id", "courier_id", "fee"], take: 1 })
    const courierId = delivered?.courier_id ?? null
    const fee = courierId
      ? deliveryFeeSplit({
          charged: input.amounts.delivery_fee,
          delivery_fee: delivered!.fee,
          courier_share: wallet.courierFeeShare(),
          currency_code: currency,
        })
      : { courier: "0", platform: roundToCurrency(input.amounts.delivery_fee ?? 0, currency).toFixed() }
    const accounts = settlementAccounts(state.vendor_id, currency, courierId)
    const totals = await wallet.referenceTotals({ type: "order", id: input.order_id }, "settlement")
    const paidTo = (share: keyof SettlementShares) => {
      const account = accounts[share]
      const row = account && totals.find((row) => row.owner_type === account.owner_type && row.owner_id === account.owner_id && row.currency_code === currency)
      return row?.total ?? "0"
    }
    const count = settled ? await wallet.referenceTransactionCount({ type: "order", id: input.order_id }, "settlement") : 0
    const posting = settlementPosting({
      order_id: input.order_id,
      vendor_id: state.vendor_id,
      courier_id: courierId,
      currency_code: currency,
      // Each share at the currency's precision; what rounding leaves stays in clearing.
      target: {
        vendor: roundToCurrency(input.amounts.vendor_net, currency),
        commission: roundToCurrency(input.amounts.commission, currency),
        delivery: fee.platform,
        tax: roundToCurrency(input.amounts.tax ?? 0, currency),
        courier: fee.courier,
      },
      paid: {
        vendor: paidTo("vendor"),
        commission: paidTo("commission"),
        delivery: paidTo("delivery"),
        tax: paidTo("tax"),
        courier: paidTo("courier"),
      },
      idempotency_key: settled ? `${firstKey}:${count + 1}` : firstKey,
      vendor_available_at: wallet.earningsAvailableAt(),
    })
    if (posting && MathBN.lt(input.amounts.vendor_net, 0)) {
      posting.note = "The vendor's net is below zero after refunds: the vendor owes the platform."
    }
    return new StepResponse(posting)
  }
)

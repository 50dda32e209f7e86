import { MedusaError, Modules } from "@medusajs/framework/utils"
import { ORDER_GROUP_MODULE } from "../../modules/order-group"
import type { RefundDestination } from "../../modules/wallet/postings"
import { WALLET_REFUND_METADATA } from "./steps/record-wallet-refund"

export const WALLET_PROVIDER_ID = "pp_wallet_wallet"

/**
 * How a rail's money reaches the ledger:
 * - `wallet`: the wallet provider posts its own holds, captures and refunds;
 * - `cash`: cash on delivery, posted when the cash is collected;
 * - `external`: a card or other rail, posted from Daraa's capture and refund events.
 */
export function railKind(container: any, providerId: string): "wallet" | "cash" | "external" {
  if (providerId === WALLET_PROVIDER_ID) {
    return "wallet"
  }
  return container.resolve(ORDER_GROUP_MODULE).capturePlanFor(providerId).when === "collection" ? "cash" : "external"
}

/**
 * Where a refund's money went: into the customer's wallet when the order was
 * paid from it, paid in cash (which no rail can send back), or refunded to the
 * wallet by choice; back to the rail otherwise.
 */
export async function refundDestinationOf(
  container: any,
  refundId: string,
  customerId: string | null
): Promise<{ destination: RefundDestination; provider_id: string }> {
  const [refund] = await container.resolve(Modules.PAYMENT).listRefunds({ id: refundId }, { relations: ["payment"] })
  if (!refund?.payment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Refund ${refundId} was not found.`)
  }
  const providerId = refund.payment.provider_id as string
  const kind = railKind(container, providerId)
  const walletOwner = kind === "wallet" ? (refund.payment.data?.customer_id as string | undefined) ?? customerId : customerId
  const toWallet = kind !== "external" || refund.metadata?.daraa_destination === WALLET_REFUND_METADATA.daraa_destination
  if (toWallet && walletOwner) {
    return { destination: { wallet_of: walletOwner }, provider_id: providerId }
  }
  return { destination: { rail: providerId }, provider_id: providerId }
}


import type { ListShape } from "../../list-query"

export const adminWalletFields = ["id", "owner_type", "owner_id", "currency_code", "balance", "created_at", "updated_at"]

/** Wallets, newest first unless ordered by another of these keys. */
export const ADMIN_WALLET_LIST: ListShape = {
  fields: adminWalletFields,
  order: ["created_at", "updated_at", "owner_type", "currency_code", "balance"],
  defaultOrder: "-created_at",
}

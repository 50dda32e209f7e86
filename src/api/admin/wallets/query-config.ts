export const adminWalletFields = ["id", "owner_type", "owner_id", "currency_code", "balance", "created_at", "updated_at"]

import { z } from "@medusajs/framework/zod"
import { LEDGER_OWNER_TYPES } from "../../../modules/wallet/ledger-types"
import { MAX_AMOUNT, tooLarge } from "../../input-limits"
import { listQueryParams } from "../../list-query"
import { oneOf } from "../../order-list-params"
import { ADMIN_WALLET_LIST } from "./query-config"

export const AdminGetWalletsParams = listQueryParams(ADMIN_WALLET_LIST).merge(
  z
    .object({
      owner_type: oneOf("owner_type", LEDGER_OWNER_TYPES).optional(),
      owner_id: z.string().trim().min(1, "owner_id must not be empty").optional(),
      currency_code: z
        .string()
        .trim()
        .regex(/^[a-zA-Z]{3}$/, "currency_code must be a 3-letter ISO 4217 code, e.g. syp")
        .transform((code) => code.toLowerCase())
        .optional(),
    })
    .strict()
)

export const AdminCreateWalletAdjustment = z
  .object({
    // Signed, in the currency's main unit: positive credits the wallet, negative debits it.
    amount: z
      .number({ message: "amount must be a number" })
      .refine((amount) => amount !== 0, "amount must not be 0")
      .refine((amount) => Math.abs(amount) <= MAX_AMOUNT, tooLarge("amount", MAX_AMOUNT)),
    reason: z.string().trim().min(3, "reason must say why, in at least 3 characters").max(1000),
  })
  .strict()
export type AdminCreateWalletAdjustmentType = z.infer<typeof AdminCreateWalletAdjustment>

import type { LocalizedTemplate } from "./types"

/** Money added to a customer's wallet: a top-up or an admin's credit. */
export type WalletCreditedData = { transaction_id: string; amount: number | string; currency_code: string; reason: "top_up" | "adjustment" }

export const walletCredited: LocalizedTemplate<WalletCreditedData> = {
  en: (data) => ({
    title: "Wallet credited",
    body:
      data.reason === "top_up"
        ? `Your top-up of ${data.amount} ${data.currency_code.toUpperCase()} is in your wallet.`
        : `We added ${data.amount} ${data.currency_code.toUpperCase()} to your wallet.`,
  }),
  ar: (data) => ({
    title: "تمت إضافة رصيد إلى محفظتك",
    body:
      data.reason === "top_up"
        ? `أُضيف شحن محفظتك بمبلغ ${data.amount} ${data.currency_code.toUpperCase()}.`
        : `أضفنا ${data.amount} ${data.currency_code.toUpperCase()} إلى محفظتك.`,
  }),
}

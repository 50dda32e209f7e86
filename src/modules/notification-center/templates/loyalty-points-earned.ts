import type { LocalizedTemplate } from "./types"

/** Points added to a customer's balance: a delivered order, or a referral reward. */
export type LoyaltyPointsEarnedData = { points: number; balance: number; reason: "order" | "referral"; display_id?: number | null }

export const loyaltyPointsEarned: LocalizedTemplate<LoyaltyPointsEarnedData> = {
  en: (data) => ({
    title: "Points earned",
    body:
      data.reason === "referral"
        ? `You earned ${data.points} points for a referral. Your balance is ${data.balance} points.`
        : `You earned ${data.points} points${data.display_id ? ` on order #${data.display_id}` : ""}. Your balance is ${data.balance} points.`,
  }),
  ar: (data) => ({
    title: "ربحت نقاطاً",
    body:
      data.reason === "referral"
        ? `ربحت ${data.points} نقطة مكافأةً على دعوة صديق. رصيدك ${data.balance} نقطة.`
        : `ربحت ${data.points} نقطة${data.display_id ? ` على الطلب #${data.display_id}` : ""}. رصيدك ${data.balance} نقطة.`,
  }),
}

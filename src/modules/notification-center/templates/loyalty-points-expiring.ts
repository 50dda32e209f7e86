import type { LocalizedTemplate } from "./types"

/** Points that expire within 7 days unless spent. */
export type LoyaltyPointsExpiringData = { points: number; expires_at: string }

const day = (iso: string) => iso.slice(0, 10)

export const loyaltyPointsExpiring: LocalizedTemplate<LoyaltyPointsExpiringData> = {
  en: (data) => ({
    title: "Points expiring soon",
    body: `${data.points} of your points expire on ${day(data.expires_at)}. Use them at checkout before then.`,
  }),
  ar: (data) => ({
    title: "نقاطك ستنتهي قريباً",
    body: `تنتهي صلاحية ${data.points} من نقاطك في ${day(data.expires_at)}. استخدمها عند الدفع قبل ذلك.`,
  }),
}

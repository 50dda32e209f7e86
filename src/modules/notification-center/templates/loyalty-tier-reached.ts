import type { LocalizedTemplate } from "./types"

/** A customer reached a higher tier, whose multiplier applies to every earning from now on. */
export type LoyaltyTierReachedData = { tier: string; multiplier: number }

export const loyaltyTierReached: LocalizedTemplate<LoyaltyTierReachedData> = {
  en: (data) => ({
    title: `Welcome to ${data.tier}`,
    body: `You reached the ${data.tier} tier: your orders now earn ×${data.multiplier} points.`,
  }),
  ar: (data) => ({
    title: `أهلاً بك في فئة ${data.tier}`,
    body: `وصلت إلى فئة ${data.tier}: طلباتك تكسب الآن ×${data.multiplier} من النقاط.`,
  }),
}

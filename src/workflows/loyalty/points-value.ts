import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { currencyPrecision } from "../../modules/commission/commission-calculation"

/** The reference of the cart credit line that carries a points discount (Medusa's `credit_lines.reference`). */
export const LOYALTY_CREDIT_REFERENCE = "loyalty_points"

export type CurrencyRates = { earn_rate: number; point_value: number }

/** A currency's rates from the settings, or null when points are not offered in it. */
export function ratesFor(currencies: unknown, currencyCode: string): CurrencyRates | null {
  const rates = (currencies as Record<string, CurrencyRates> | null | undefined)?.[currencyCode.toLowerCase()]
  return rates && rates.earn_rate >= 0 && rates.point_value > 0 ? rates : null
}

/** What `points` are worth in the currency: points × point value, rounded down to the currency's precision. */
export function pointsValue(points: number, pointValue: BigNumberInput, currencyCode: string): number {
  return MathBN.convert(MathBN.mult(points, pointValue)).decimalPlaces(currencyPrecision(currencyCode), 1).toNumber()
}

/**
 * The most points a cart may take: their value stays within `maxShare` of the
 * cart's total before points (a share of 0.5 is half), and no point is worth
 * less than the currency's smallest unit of what is left.
 */
export function maxPointsForCart(totalBeforePoints: BigNumberInput, maxShare: number, pointValue: BigNumberInput): number {
  const cap = MathBN.mult(MathBN.max(totalBeforePoints, 0), maxShare)
  return Math.max(0, Math.floor(MathBN.convert(MathBN.div(cap, pointValue)).decimalPlaces(6, 1).toNumber()))
}

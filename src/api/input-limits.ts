/**
 * Upper bounds for numbers that clients send, so that a price of 1e300 or a
 * stock of 1e20 is a 400 naming the field, never a 500 or a nonsense order.
 */

/** Money in a currency's main unit; large enough for Syrian pounds. */
export const MAX_AMOUNT = 1_000_000_000_000
/** Units of stock, thresholds and quantities. */
export const MAX_QUANTITY = 10_000_000
/** A product's weight, in the store's unit (grams by convention). */
export const MAX_WEIGHT = 10_000_000
/** PostgreSQL `integer` columns, such as `display_id`. */
export const MAX_INTEGER = 2_147_483_647

export const tooLarge = (field: string, max: number) => `${field} must be at most ${max.toLocaleString("en")}`

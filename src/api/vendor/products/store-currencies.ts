import type { MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { VendorRequest } from "../resolve-vendor-actor"

type Price = { currency_code: string }
type PricedBody = { prices?: Price[]; variants?: { prices?: Price[] }[] }

/** Where each price of the body sits, by the field a client would read in an error. */
function pricesWithFields(body: PricedBody): { field: string; price: Price }[] {
  const own = (body.prices ?? []).map((price, index) => ({ field: `prices[${index}].currency_code`, price }))
  const ofVariants = (body.variants ?? []).flatMap((variant, variantIndex) =>
    (variant.prices ?? []).map((price, index) => ({ field: `variants[${variantIndex}].prices[${index}].currency_code`, price }))
  )
  return [...own, ...ofVariants]
}

/** Prices only in currencies the store sells (its supported currencies); any other is a 400 naming the field. */
export async function ensureStoreCurrencies(req: VendorRequest<PricedBody>, _res: MedusaResponse, next: MedusaNextFunction) {
  const prices = pricesWithFields(req.validatedBody ?? {})
  if (!prices.length) {
    return next()
  }
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"], take: 1 })
  const sold = (store?.supported_currencies ?? []).map((currency) => currency.currency_code.toLowerCase())
  const unsold = prices.find(({ price }) => !sold.includes(price.currency_code.toLowerCase()))
  if (unsold) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${unsold.field} must be a currency the store sells (${sold.join(", ")}), not "${unsold.price.currency_code}"`
    )
  }
  next()
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vendorsOfShippingProfiles } from "../../../workflows/vendor/vendors-of-shipping-profiles"

/**
 * `GET /store/shipping-options?cart_id=` lists, per vendor, the options that
 * can ship the cart: those of the shipping profiles its items need, each with
 * `vendor {id, handle, name}`. Medusa's listing knows nothing of vendors and
 * would offer every store's delivery to every cart.
 */
export function shippingOptionsPerVendor(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = typeof req.query.cart_id === "string" ? req.query.cart_id : undefined
  if (!cartId) {
    return next()
  }
  const send = res.json.bind(res)
  res.json = ((body: any) => {
    if (!Array.isArray(body?.shipping_options)) {
      return send(body)
    }
    scopeToCart(req, cartId, body.shipping_options).then(
      (shipping_options) => send({ ...body, shipping_options }),
      (error) => next(error)
    )
    return res
  }) as typeof res.json
  next()
}

async function scopeToCart(req: MedusaRequest, cartId: string, options: any[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["items.variant.product.shipping_profile.id"], filters: { id: cartId } })
  const needed = new Set(
    ((cart as any)?.items ?? []).map((item: any) => item?.variant?.product?.shipping_profile?.id).filter(Boolean)
  )
  const profileIds = [...new Set(options.map((option) => option.shipping_profile_id).filter(Boolean))] as string[]
  const vendorOf = await vendorsOfShippingProfiles(req.scope, profileIds)
  return options
    .filter((option) => needed.has(option.shipping_profile_id))
    .map((option) => ({ ...option, vendor: vendorOf.get(option.shipping_profile_id) ?? null }))
}

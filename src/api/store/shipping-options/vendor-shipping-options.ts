import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

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
  const profileIds = [...new Set(options.map((option) => option.shipping_profile_id).filter(Boolean))]
  const { data: profiles } = profileIds.length
    ? await query.graph({
        entity: "shipping_profile",
        fields: ["id", "vendor.id", "vendor.handle", "vendor.name"],
        filters: { id: profileIds },
      })
    : { data: [] as any[] }
  const vendorOf = new Map<string, any>(profiles.map((profile: any) => [profile.id, profile.vendor ?? null] as [string, any]))
  return options
    .filter((option) => needed.has(option.shipping_profile_id))
    .map((option) => {
      const vendor = vendorOf.get(option.shipping_profile_id)
      return { ...option, vendor: vendor ? { id: vendor.id, handle: vendor.handle, name: vendor.name } : null }
    })
}

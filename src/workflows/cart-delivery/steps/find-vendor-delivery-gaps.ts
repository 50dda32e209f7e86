import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vendorsOfShippingProfiles } from "../../vendor/vendors-of-shipping-profiles"
import { planVendorDeliveries } from "../plan-vendor-deliveries"

export type FindVendorDeliveryGapsInput = {
  cart_id: string
  // The options the shopper is adding in the request that runs this check.
  choosing_option_ids?: string[]
}

export type VendorDeliveryGaps = {
  missing_profile_ids: string[]
  // Every delivery option of the vendors still without one; the cheapest that
  // applies to the cart becomes the default.
  candidate_option_ids: string[]
  method_ids_to_remove: string[]
  promo_codes: string[]
  // What a fulfillment provider sees of the cart when it validates a method.
  cart: Record<string, unknown>
}

export const findVendorDeliveryGapsStepId = "find-vendor-delivery-gaps"

/**
 * Which vendors of the cart lack a delivery method, and which methods belong
 * to no vendor line any more or duplicate a vendor's method. Writes nothing.
 */
export const findVendorDeliveryGapsStep = createStep(
  findVendorDeliveryGapsStepId,
  async (input: FindVendorDeliveryGapsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "email",
        "currency_code",
        "region_id",
        "customer_id",
        "sales_channel_id",
        "shipping_address.*",
        "items.id",
        "items.quantity",
        "items.variant_id",
        "items.requires_shipping",
        "items.variant.product.shipping_profile.id",
        "shipping_methods.id",
        "shipping_methods.created_at",
        "shipping_methods.shipping_option_id",
        "promotions.code",
      ],
      filters: { id: input.cart_id },
    })
    const none: VendorDeliveryGaps = { missing_profile_ids: [], candidate_option_ids: [], method_ids_to_remove: [], promo_codes: [], cart: {} }
    if (!cart) {
      return new StepResponse(none)
    }
    const items = ((cart as any).items ?? []).filter(Boolean)
    const methods = ((cart as any).shipping_methods ?? []).filter(Boolean)
    const optionIds = [
      ...new Set([...methods.map((method: any) => method.shipping_option_id), ...(input.choosing_option_ids ?? [])].filter(Boolean)),
    ] as string[]
    const options = optionIds.length
      ? await fulfillment.listShippingOptions({ id: optionIds }, { select: ["id", "shipping_profile_id"] })
      : []
    const profileOfOption = new Map(options.map((option) => [option.id, option.shipping_profile_id as string]))
    const itemProfileIds = items
      .filter((item: any) => item.requires_shipping !== false)
      .map((item: any) => item.variant?.product?.shipping_profile?.id)
      .filter(Boolean) as string[]
    const vendorProfiles = await vendorsOfShippingProfiles(container, [
      ...new Set([...itemProfileIds, ...profileOfOption.values()].filter(Boolean)),
    ])

    const plan = planVendorDeliveries({
      item_profile_ids: itemProfileIds,
      methods: methods.map((method: any) => ({
        id: method.id,
        profile_id: profileOfOption.get(method.shipping_option_id) ?? null,
        created_at: method.created_at,
      })),
      choosing_profile_ids: (input.choosing_option_ids ?? []).map((id) => profileOfOption.get(id)).filter(Boolean) as string[],
      vendor_profile_ids: new Set(vendorProfiles.keys()),
    })
    const candidates = plan.missing_profile_ids.length
      ? await fulfillment.listShippingOptions({ shipping_profile_id: plan.missing_profile_ids }, { select: ["id"] })
      : []
    const { items: _items, shipping_methods: _methods, promotions, ...context } = cart as any
    return new StepResponse({
      ...plan,
      candidate_option_ids: candidates.map((option) => option.id),
      promo_codes: (promotions ?? []).map((promotion: any) => promotion?.code).filter(Boolean),
      cart: { ...context, items },
    } satisfies VendorDeliveryGaps)
  }
)

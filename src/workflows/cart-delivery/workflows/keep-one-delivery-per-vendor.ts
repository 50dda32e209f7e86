import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addShippingMethodToCartStep,
  listShippingOptionsForCartWithPricingWorkflow,
  removeShippingMethodFromCartStep,
  updateCartPromotionsWorkflow,
  upsertTaxLinesWorkflow,
  validateAndReturnShippingMethodsDataStep,
} from "@medusajs/medusa/core-flows"
import { findVendorDeliveryGapsStep, type FindVendorDeliveryGapsInput } from "../steps/find-vendor-delivery-gaps"
import { pickDefaultDeliveryOptions } from "../plan-vendor-deliveries"

export type KeepOneDeliveryPerVendorWorkflowInput = FindVendorDeliveryGapsInput

export const keepOneDeliveryPerVendorWorkflowId = "keep-one-delivery-per-vendor"

/**
 * Once a cart holds a delivery choice, every vendor in it has exactly one
 * delivery method: vendors without one get their default (only or cheapest
 * option), methods of vendors that left the cart go, and a vendor's duplicate
 * keeps only the shopper's latest pick. Existing picks are never replaced.
 *
 * It runs inside Medusa's cart workflows (see `hooks/cart-vendor-deliveries.ts`),
 * which hold the cart's lock and refresh the payment collection afterwards, so
 * it takes no lock and leaves the payment collection alone. Tax lines and
 * promotions of the methods it adds are set here, as Medusa does for a pick.
 */
export const keepOneDeliveryPerVendorWorkflow = createWorkflow(
  keepOneDeliveryPerVendorWorkflowId,
  (input: KeepOneDeliveryPerVendorWorkflowInput) => {
    const gaps = findVendorDeliveryGapsStep(input)

    removeShippingMethodFromCartStep({ shipping_method_ids: gaps.method_ids_to_remove })

    const added = when("vendors-without-delivery", { gaps }, ({ gaps }) => gaps.candidate_option_ids.length > 0).then(() => {
      const priced = listShippingOptionsForCartWithPricingWorkflow.runAsStep({
        input: transform({ input, gaps }, ({ input, gaps }) => ({
          cart_id: input.cart_id,
          options: gaps.candidate_option_ids.map((id) => ({ id })),
          is_return: false,
        })),
      })
      const defaults = transform({ priced, gaps }, ({ priced, gaps }) =>
        pickDefaultDeliveryOptions(priced as any[], gaps.missing_profile_ids) as any[]
      )
      const validatedData = validateAndReturnShippingMethodsDataStep(
        transform({ defaults, gaps }, ({ defaults, gaps }) =>
          defaults.map((option) => ({
            id: option.id,
            provider_id: option.provider_id,
            option_data: option.data ?? {},
            method_data: {},
            context: { ...gaps.cart, from_location: option.stock_location ?? {} } as any,
          }))
        )
      )
      const methods = addShippingMethodToCartStep({
        shipping_methods: transform({ defaults, validatedData, input }, ({ defaults, validatedData, input }) =>
          defaults.map((option) => ({
            cart_id: input.cart_id,
            shipping_option_id: option.id,
            name: option.name,
            amount: option.calculated_price.calculated_amount,
            is_tax_inclusive: !!option.calculated_price.is_calculated_price_tax_inclusive,
            data: (validatedData as any[] | undefined)?.find((entry) => entry?.[option.id])?.[option.id] ?? {},
          }))
        ),
      })
      upsertTaxLinesWorkflow.runAsStep({
        input: transform({ input, methods }, ({ input, methods }) => ({
          cart_id: input.cart_id,
          items: [],
          shipping_methods: methods as any[],
        })),
      })
      return methods
    })

    when("deliveries-changed", { gaps, added }, ({ gaps, added }) => !!added?.length || gaps.method_ids_to_remove.length > 0).then(() => {
      // Shipping promotions (free delivery) must see the methods as they now are.
      updateCartPromotionsWorkflow.runAsStep({
        input: transform({ input, gaps }, ({ input, gaps }) => ({
          cart_id: input.cart_id,
          promo_codes: gaps.promo_codes,
          action: PromotionActions.REPLACE,
          force_refresh_payment_collection: false,
        })),
      })
    })

    return new WorkflowResponse(
      transform({ added, gaps }, ({ added, gaps }) => ({
        added_shipping_method_ids: ((added as any[]) ?? []).map((method) => method.id),
        removed_shipping_method_ids: gaps.method_ids_to_remove,
      }))
    )
  }
)

import type { CreateOrderDTO } from "@medusajs/framework/types"
import { MathBN, OrderStatus } from "@medusajs/framework/utils"
import { currencyPrecision } from "../../modules/commission/commission-calculation"

/** One vendor's share of a cart: which lines and shipping methods become its order. */
export type VendorPart = {
  vendor_id: string
  vendor_name: string
  stock_location_id: string | null
  item_ids: string[]
  shipping_method_ids: string[]
}

export type VendorOrderInput = { vendor_id: string; order: CreateOrderDTO }

const taxLines = (lines: any[] | undefined) =>
  (lines ?? []).map((line) => ({
    description: line.description,
    tax_rate_id: line.tax_rate_id,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id,
  }))

const adjustments = (lines: any[] | undefined) =>
  (lines ?? []).map((line) => ({
    code: line.code,
    amount: line.raw_amount ?? line.amount,
    description: line.description,
    promotion_id: line.promotion_id,
    provider_id: line.provider_id,
    is_tax_inclusive: line.is_tax_inclusive,
  }))

function orderItem(item: any) {
  return {
    title: item.title,
    subtitle: item.subtitle,
    thumbnail: item.thumbnail,
    quantity: item.raw_quantity ?? item.quantity,
    product_id: item.product_id,
    product_title: item.product_title,
    product_description: item.product_description,
    product_subtitle: item.product_subtitle,
    product_type: item.product_type,
    product_type_id: item.product_type_id,
    product_collection: item.product_collection,
    product_handle: item.product_handle,
    variant_id: item.variant_id,
    variant_sku: item.variant_sku,
    variant_barcode: item.variant_barcode,
    variant_title: item.variant_title,
    variant_option_values: item.variant_option_values,
    requires_shipping: item.requires_shipping,
    is_discountable: item.is_discountable,
    is_giftcard: item.is_giftcard,
    is_tax_inclusive: item.is_tax_inclusive,
    is_custom_price: item.is_custom_price,
    compare_at_unit_price: item.raw_compare_at_unit_price ?? item.compare_at_unit_price,
    unit_price: item.raw_unit_price ?? item.unit_price,
    metadata: item.metadata ?? {},
    tax_lines: taxLines(item.tax_lines),
    adjustments: adjustments(item.adjustments),
  }
}

function orderShippingMethod(method: any) {
  return {
    name: method.name,
    description: method.description,
    amount: method.raw_amount ?? method.amount,
    is_tax_inclusive: method.is_tax_inclusive,
    shipping_option_id: method.shipping_option_id,
    data: method.data,
    metadata: method.metadata,
    tax_lines: taxLines(method.tax_lines),
    adjustments: adjustments(method.adjustments),
  }
}

function withoutId(address: any) {
  if (!address) {
    return undefined
  }
  const { id: _id, created_at: _created, updated_at: _updated, deleted_at: _deleted, ...rest } = address
  return rest
}

/**
 * Credit lines (store credit, gift cards) pay for the whole cart; each order
 * takes a share in proportion to its value, the last one the remainder, so the
 * shares add up exactly.
 */
export function allocateProportionally(amount: any, weights: any[], decimals?: number): any[] {
  const totalWeight = weights.reduce((sum, weight) => MathBN.add(sum, weight), MathBN.convert(0))
  if (MathBN.lte(totalWeight, 0)) {
    return weights.map((_, index) => (index === weights.length - 1 ? MathBN.convert(amount) : MathBN.convert(0)))
  }
  let allocated = MathBN.convert(0)
  return weights.map((weight, index) => {
    if (index === weights.length - 1) {
      return MathBN.sub(amount, allocated)
    }
    const exact = MathBN.div(MathBN.mult(amount, weight), totalWeight)
    // Rounded to the currency's precision when asked, so each order's share is an amount its ledger can post.
    const share = decimals === undefined ? exact : MathBN.convert(exact).decimalPlaces(decimals, 1)
    allocated = MathBN.add(allocated, share)
    return share
  })
}

/**
 * The orders a cart becomes: one per vendor, each with that vendor's lines,
 * its shipping methods (with their taxes and promotion adjustments, so each
 * order carries its own share of every promotion) and the cart's addresses.
 */
export function splitCartByVendor(cart: any, parts: VendorPart[]): VendorOrderInput[] {
  const itemsById = new Map<string, any>((cart.items ?? []).map((item: any) => [item.id, item]))
  const methodsById = new Map<string, any>((cart.shipping_methods ?? []).map((method: any) => [method.id, method]))

  const orders = parts.map((part) => {
    const items = part.item_ids.map((id) => itemsById.get(id))
    const methods = part.shipping_method_ids.map((id) => methodsById.get(id))
    const promoCodes = [...items, ...methods]
      .flatMap((line) => line.adjustments ?? [])
      .map((adjustment: any) => adjustment.code)
      .filter(Boolean)
    const order: CreateOrderDTO = {
      region_id: cart.region_id,
      customer_id: cart.customer_id ?? undefined,
      sales_channel_id: cart.sales_channel_id,
      status: OrderStatus.PENDING,
      email: cart.email,
      currency_code: cart.currency_code,
      locale: cart.locale ?? undefined,
      shipping_address: withoutId(cart.shipping_address),
      billing_address: withoutId(cart.billing_address),
      no_notification: false,
      items: items.map(orderItem),
      shipping_methods: methods.map(orderShippingMethod),
      metadata: { ...(cart.metadata ?? {}), vendor_id: part.vendor_id },
      promo_codes: [...new Set(promoCodes)],
    } as CreateOrderDTO
    return { vendor_id: part.vendor_id, order }
  })

  const creditLines = cart.credit_lines ?? []
  if (creditLines.length && orders.length) {
    const weights = orders.map(({ order }) => orderGrossValue(order))
    for (const creditLine of creditLines) {
      const shares = allocateProportionally(creditLine.raw_amount ?? creditLine.amount, weights, currencyPrecision(cart.currency_code))
      orders.forEach(({ order }, index) => {
        ;(order as any).credit_lines = [
          ...((order as any).credit_lines ?? []),
          {
            amount: shares[index],
            reference: creditLine.reference,
            reference_id: creditLine.reference_id,
            metadata: creditLine.metadata,
          },
        ]
      })
    }
  }
  return orders
}

/** Rough value of an order before taxes and discounts: the weight of its credit share. */
function orderGrossValue(order: CreateOrderDTO) {
  const items = (order.items ?? []).reduce(
    (sum: any, item: any) => MathBN.add(sum, MathBN.mult(item.unit_price, item.quantity)),
    MathBN.convert(0)
  )
  return (order.shipping_methods ?? []).reduce((sum: any, method: any) => MathBN.add(sum, method.amount), items)
}

import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import { commissionAmount, commissionBaseOf, commissionRateFor } from "../../../modules/commission/commission-calculation"
import { matchCommissionRule } from "../../../modules/commission/rule-matching"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionLineDTO } from "../../../modules/commission/service"

export type CreateOrderCommissionLinesStepInput = {
  // `items` and `currency_code` when the caller already holds the placed orders with
  // their totals (checkout does); otherwise the orders are read.
  orders: { order_id: string; vendor_id: string; currency_code?: string; items?: PlacedItem[] }[]
}

// Asking for the order's `total` makes Medusa compute every item's totals too.
const ORDER_FIELDS = ["id", "currency_code", "total", "items.id", "items.product_id", "items.total", "items.tax_total"]

type PlacedItem = {
  id: string
  product_id: string | null
  total: BigNumberInput
  tax_total: BigNumberInput
  // Medusa answers each big number's full precision beside the plain number.
  raw_total?: BigNumberInput
  raw_tax_total?: BigNumberInput
}
type PlacedOrder = { id: string; currency_code: string; items: PlacedItem[] | null }

/**
 * One commission line per order line of each placed vendor order: the rule
 * that applies to the line's vendor and product categories, copied with its
 * rate, and the commission it charges on the line's total without tax.
 *
 * Lines that already exist are kept as they are, so a retried checkout never
 * charges twice; the compensation deletes only the lines this step created.
 */
export const createOrderCommissionLinesStep = createStep(
  "create-order-commission-lines",
  async (input: CreateOrderCommissionLinesStepInput, { container }) => {
    const commissions = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const orderIds = input.orders.map((order) => order.order_id)
    if (!orderIds.length) {
      return new StepResponse([] as CommissionLineDTO[], [] as string[])
    }

    const given = input.orders.every((order) => order.items && order.currency_code)
    const orders: PlacedOrder[] = given
      ? input.orders.map((order) => ({ id: order.order_id, currency_code: order.currency_code!, items: order.items! }))
      : ((await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderIds } })).data as unknown as PlacedOrder[])
    const orderById = new Map(orders.map((order) => [order.id, order]))
    const missing = orderIds.filter((id) => !orderById.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Orders ${missing.join(", ")} were not found`)
    }

    const items = orders.flatMap((order) => order.items ?? [])
    const productIds = [...new Set(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "categories.id"], filters: { id: productIds } })
      : { data: [] as any[] }
    const categoryIdsOf = new Map(
      (products as any[]).map((product) => [product.id as string, ((product.categories ?? []) as any[]).map((c) => c.id as string)])
    )

    const [activeRules, existing] = await Promise.all([
      commissions.listCommissionRules({ is_active: true }),
      commissions.listCommissionLines({ line_item_id: items.map((item) => item.id) }, { select: ["line_item_id"] }),
    ])
    // The raw values keep the precision that the plain numbers lose.
    const rules = activeRules.map((rule: any) => ({
      ...rule,
      percent_rate: rule.raw_percent_rate ?? rule.percent_rate,
      flat_amount: rule.raw_flat_amount ?? rule.flat_amount,
    }))
    const alreadyCharged = new Set(existing.map((line) => line.line_item_id))

    const toCreate = input.orders.flatMap(({ order_id, vendor_id }) => {
      const order = orderById.get(order_id)!
      return (order.items ?? [])
        .filter((item) => !alreadyCharged.has(item.id))
        .map((item) => {
          const rule = matchCommissionRule(rules, {
            vendor_id,
            category_ids: (item.product_id && categoryIdsOf.get(item.product_id)) || [],
          })
          const rate = commissionRateFor(rule, order.currency_code)
          const base = commissionBaseOf({ total: item.raw_total ?? item.total, tax_total: item.raw_tax_total ?? item.tax_total })
          const amount = commissionAmount(base, rate, order.currency_code)
          return {
            order_id,
            line_item_id: item.id,
            vendor_id,
            ...rate,
            currency_code: order.currency_code,
            original_base_amount: base.toFixed(),
            original_amount: amount.toFixed(),
          }
        })
    })
    if (!toCreate.length) {
      return new StepResponse([] as CommissionLineDTO[], [] as string[])
    }
    const created = (await commissions.createCommissionLines(toCreate as any)) as unknown as CommissionLineDTO[]
    return new StepResponse(created, created.map((line) => line.id))
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) {
      await container.resolve<CommissionModuleService>(COMMISSION_MODULE).deleteCommissionLines(createdIds)
    }
  }
)

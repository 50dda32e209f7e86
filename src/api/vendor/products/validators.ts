import { z } from "@medusajs/framework/zod"
import { MAX_AMOUNT, MAX_QUANTITY, MAX_WEIGHT, tooLarge } from "../../input-limits"
import { listQueryParams } from "../../list-query"
import { vendorProductList } from "./query-config"

const price = z
  .object({
    amount: z.number().min(0, "prices amount must be zero or more").max(MAX_AMOUNT, tooLarge("prices amount", MAX_AMOUNT)),
    currency_code: z.string().trim().length(3, "prices currency_code must be a three-letter ISO code").toLowerCase(),
  })
  .strict()

export const VendorCreateVariant = z
  .object({
    title: z.string().trim().min(1),
    sku: z.string().trim().min(1).max(100).optional(),
    options: z.record(z.string(), z.string()).optional(),
    prices: z.array(price).min(1, "variants need at least one price"),
    manage_inventory: z.boolean().default(true),
    allow_backorder: z.boolean().optional(),
    // Units in stock at the vendor's location.
    stock_quantity: z.number().int().min(0).max(MAX_QUANTITY, tooLarge("stock_quantity", MAX_QUANTITY)).optional(),
  })
  .strict()

const option = z
  .object({ title: z.string().trim().min(1), values: z.array(z.string().trim().min(1)).min(1) })
  .strict()

const handle = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase letters, digits and single dashes")

const productFields = {
  title: z.string().trim().min(1).max(255),
  subtitle: z.string().trim().max(255).nullish(),
  description: z.string().trim().max(10000).nullish(),
  handle: handle.optional(),
  status: z.enum(["draft", "published"]).default("draft"),
  thumbnail: z.string().url().nullish(),
  images: z.array(z.object({ url: z.string().url() }).strict()).optional(),
  category_ids: z.array(z.string()).optional(),
  weight: z.number().min(0).max(MAX_WEIGHT, tooLarge("weight", MAX_WEIGHT)).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const VendorCreateProduct = z
  .object({
    ...productFields,
    options: z.array(option).min(1),
    variants: z.array(VendorCreateVariant).min(1),
  })
  .strict()
export type VendorCreateProductBody = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z
  .object({ ...productFields, status: z.enum(["draft", "published"]) })
  .partial()
  .strict()
export type VendorUpdateProductBody = z.infer<typeof VendorUpdateProduct>

export const VendorGetProductsParams = listQueryParams(vendorProductList)
  .extend({
    q: z.string().trim().min(1).optional(),
    status: z.union([z.enum(["draft", "published"]), z.array(z.enum(["draft", "published"]))]).optional(),
  })
  .strict()

export const VendorSetVariantStock = z
  .object({
    stocked_quantity: z
      .number()
      .int()
      .min(0, "stocked_quantity must be zero or more")
      .max(MAX_QUANTITY, tooLarge("stocked_quantity", MAX_QUANTITY)),
    low_stock_threshold: z
      .number()
      .int()
      .min(0, "low_stock_threshold must be zero or more")
      .max(MAX_QUANTITY, tooLarge("low_stock_threshold", MAX_QUANTITY))
      .nullable()
      .optional(),
  })
  .strict()
export type VendorSetVariantStockBody = z.infer<typeof VendorSetVariantStock>

export type VendorCreateVariantBody = z.infer<typeof VendorCreateVariant>

export const VendorUpdateVariant = z
  .object({
    title: z.string().trim().min(1),
    sku: z.string().trim().min(1).max(100).nullable(),
    options: z.record(z.string(), z.string()),
    prices: z.array(price).min(1, "prices needs at least one price"),
    allow_backorder: z.boolean(),
  })
  .partial()
  .strict()
export type VendorUpdateVariantBody = z.infer<typeof VendorUpdateVariant>

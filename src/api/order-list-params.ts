import { z } from "@medusajs/framework/zod"
import { VENDOR_ORDER_STATUSES, type VendorOrderStatus } from "../modules/order-group/vendor-order-status"

/**
 * Query parameters shared by the order lists of vendors and admins, and how
 * they become module filters, so both read and answer the same way.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 date or date-time, as a Date. */
const isoDate = (field: string) =>
  z
    .string()
    .regex(ISO_DATE, `${field} must be an ISO 8601 date, e.g. 2026-11-24 or 2026-11-24T08:00:00Z`)
    .refine((value) => !Number.isNaN(new Date(value).getTime()), `${field} is not a valid date`)
    .transform((value) => new Date(value))

/** `created_at[gte]` and `created_at[lte]`. */
export const createdAtRange = z
  .object({ gte: isoDate("created_at[gte]").optional(), lte: isoDate("created_at[lte]").optional() })
  .strict()
  .optional()

/** One value, or several: repeated (`?a=x&a=y`) or comma-separated (`?a=x,y`). */
export const oneOrMany = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess(
    (value) => (value === undefined ? undefined : [value].flat().flatMap((entry) => String(entry).split(",")).filter(Boolean)),
    z.array(item).min(1).optional()
  )

export const nonEmptyId = (field: string) => z.string().trim().min(1, `${field} must not be empty`)

/** One of `values`. Not z.enum: inside a split list, Medusa would report a wrong value as a missing field. */
export const oneOf = <T extends string>(field: string, values: readonly T[]) =>
  z.string().superRefine((value, context) => {
    if (!values.includes(value as T)) {
      context.addIssue({ code: "custom", message: `${field} must be one of ${values.join(", ")}; got '${value}'` })
    }
  }) as unknown as z.ZodType<T>

/** `vendor_status`, one or several. */
export const vendorStatuses = (field = "vendor_status") => oneOrMany(oneOf<VendorOrderStatus>(field, VENDOR_ORDER_STATUSES))

/** `created_at[gte]/[lte]` as a module filter. */
export function createdAtFilter(range?: { gte?: Date; lte?: Date }) {
  if (!range || (!range.gte && !range.lte)) {
    return {}
  }
  return { created_at: { ...(range.gte ? { $gte: range.gte } : {}), ...(range.lte ? { $lte: range.lte } : {}) } }
}

/**
 * `created_at` / `-created_at` (or another column) as a module order. Rows
 * created together, like a checkout's vendor orders, are then ordered by the
 * `tieBreakers` in the same direction.
 */
export function listOrder(order: string, tieBreakers: string[] = ["id"]) {
  const direction = order.startsWith("-") ? "DESC" : "ASC"
  const columns = [...new Set([order.replace(/^-/, ""), ...tieBreakers])]
  return Object.fromEntries(columns.map((column) => [column, direction])) as Record<string, "ASC" | "DESC">
}

import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { MAX_INTEGER, tooLarge } from "./input-limits"

/**
 * The four parameters every Daraa list takes (`limit`, `offset`, `order`,
 * `fields`), each checked against what that list can answer, so that an
 * unknown field or order key is a 400 naming it rather than a silent no-op.
 */

export type ListShape = {
  /** Every field the list answers: top-level keys and dotted sub-keys, leaves only (`documents.id`, not `documents`). */
  fields: readonly string[]
  /** The keys it can be ordered by; `-key` orders them descending. */
  order: readonly string[]
  /** The order when none is asked for; none means the list's own order. */
  defaultOrder?: string
  defaultLimit?: number
}

const MAX_LIMIT = 100

/** `x` and `x.*` stand for every allowed leaf under `x`. */
function leavesUnder(field: string, allowed: readonly string[]): string[] {
  const group = field.replace(/\.\*$/, "").replace(/^\*/, "")
  if (allowed.includes(group)) {
    return [group]
  }
  return allowed.filter((known) => known.startsWith(`${group}.`))
}

const modifierOf = (entry: string) => (/^[+ -]/.test(entry) ? entry[0].replace(" ", "+") : "")
const withoutModifier = (entry: string) => entry.replace(/^[+ \t-]+/, "").trim()

/**
 * `fields` as Medusa reads it (`id,display_id` replaces the default fields,
 * `+x` adds to them, `-x` removes from them), checked against `allowed`. A
 * group name (`documents` or `documents.*`) becomes its allowed leaves, so a
 * relation never opens more than the list shows.
 */
export function fieldsParam(allowed: readonly string[]) {
  return z
    .string()
    .optional()
    .superRefine((value, context) => {
      if (value === undefined) {
        return
      }
      const unknown = value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean)
        .map(withoutModifier)
        .filter((field) => !leavesUnder(field, allowed).length)
      if (unknown.length) {
        context.addIssue({
          code: "custom",
          message: `fields has unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((field) => `'${field}'`).join(", ")}; this list answers ${allowed.join(", ")}`,
        })
      }
    })
    .transform((value) => {
      if (value === undefined) {
        return undefined
      }
      return value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean)
        .flatMap((entry) => {
          const modifier = modifierOf(entry)
          const field = withoutModifier(entry)
          // A removal matches by prefix already; an addition or a pick needs the leaves.
          return modifier === "-" ? [`-${field.replace(/\.\*$/, "")}`] : leavesUnder(field, allowed).map((leaf) => `${modifier}${leaf}`)
        })
        .join(",")
    })
}

/** `order`: one allowed key, `-key` for descending. */
export function orderParam(keys: readonly string[], defaultOrder?: string) {
  const key = z.string().superRefine((value, context) => {
    if (!keys.includes(value.replace(/^-/, ""))) {
      context.addIssue({
        code: "custom",
        message: `order must be one of ${keys.flatMap((known) => [known, `-${known}`]).join(", ")}; got '${value}'`,
      })
    }
  })
  return defaultOrder === undefined ? key.optional() : key.optional().default(defaultOrder)
}

/**
 * Medusa's find parameters for one list: `limit` (1 to 100), `offset`,
 * `order` and `fields` against the list's shape. Extend it with the list's
 * filters and end with `.strict()`.
 */
export function listQueryParams(shape: ListShape) {
  return createFindParams({ limit: shape.defaultLimit ?? 20, offset: 0 })
    .omit({ with_deleted: true })
    .extend({
      limit: z.coerce
        .number()
        .int()
        .min(1, "limit must be at least 1")
        .max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`)
        .default(shape.defaultLimit ?? 20),
      offset: z.coerce.number().int().min(0, "offset must be zero or more").max(MAX_INTEGER, tooLarge("offset", MAX_INTEGER)).default(0),
      fields: fieldsParam(shape.fields),
      order: orderParam(shape.order, shape.defaultOrder),
    })
}

/** What `validateAndTransformQuery` needs for a list read with Query: the default fields and the allow-list. */
export function listQueryConfig(defaults: readonly string[], shape: ListShape) {
  return { defaults: [...defaults], allowed: [...shape.fields, ...shape.order], isList: true, defaultLimit: shape.defaultLimit ?? 20 }
}

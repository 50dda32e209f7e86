import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// A NUL, or half of a UTF-16 surrogate pair without its other half.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

// Keys that shadow what JavaScript looks up on every object: `{"toString": 1}`
// makes string conversion throw (a 500 in Medusa's own validation messages),
// and `__proto__` reaches prototypes through Object.assign and deep merges.
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype", "toString", "valueOf"])

export type UnsafeInput = { field: string; problem: "text" | "key" }

function fieldPath(parent: string, key: string | number): string {
  if (typeof key === "number") {
    return `${parent}[${key}]`
  }
  const printable = UNSAFE.test(key) ? JSON.stringify(key).slice(1, -1) : key
  return parent ? `${parent}.${printable}` : printable
}

/**
 * The first string (value or key) that PostgreSQL cannot store or that is not
 * valid Unicode, or the first reserved key, or null. Walks without recursion,
 * so a deeply nested body cannot exhaust the stack.
 */
export function findUnsafeInput(input: unknown, root = ""): UnsafeInput | null {
  const pending: [unknown, string][] = [[input, root]]
  while (pending.length) {
    const [value, path] = pending.pop()!
    if (typeof value === "string") {
      if (UNSAFE.test(value)) {
        return { field: path || "body", problem: "text" }
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, fieldPath(path, index)]))
    } else if (value && typeof value === "object") {
      for (const key of Object.keys(value)) {
        const itemPath = fieldPath(path, key)
        if (UNSAFE.test(key)) {
          return { field: itemPath, problem: "text" }
        }
        if (RESERVED_KEYS.has(key)) {
          return { field: itemPath, problem: "key" }
        }
        pending.push([(value as Record<string, unknown>)[key], itemPath])
      }
    }
  }
  return null
}

/** One place for every route: a 400 naming the field, before any validator or database sees it. */
export function rejectUnsafeStrings(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const inBody = findUnsafeInput(req.body)
  const inQuery = inBody ? null : findUnsafeInput(req.query)
  const found = inBody ?? inQuery
  if (found) {
    const field = `${inQuery ? "query parameter " : ""}${found.field.length > 200 ? `${found.field.slice(0, 200)}…` : found.field}`
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      found.problem === "text"
        ? `${field} must not contain NUL characters or unpaired surrogates`
        : `${field} is not an accepted field name`
    )
  }
  next()
}

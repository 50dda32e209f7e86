import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

// A NUL, or half of a UTF-16 surrogate pair without its other half.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function fieldPath(parent: string, key: string | number): string {
  if (typeof key === "number") {
    return `${parent}[${key}]`
  }
  const printable = UNSAFE.test(key) ? JSON.stringify(key).slice(1, -1) : key
  return parent ? `${parent}.${printable}` : printable
}

/**
 * The path of the first string (value or key) that PostgreSQL cannot store or
 * that is not valid Unicode, or null. Walks without recursion, so a deeply
 * nested body cannot exhaust the stack.
 */
export function findUnsafeString(input: unknown, root = ""): string | null {
  const pending: [unknown, string][] = [[input, root]]
  while (pending.length) {
    const [value, path] = pending.pop()!
    if (typeof value === "string") {
      if (UNSAFE.test(value)) {
        return path || "body"
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, fieldPath(path, index)]))
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const itemPath = fieldPath(path, key)
        if (UNSAFE.test(key)) {
          return itemPath
        }
        pending.push([item, itemPath])
      }
    }
  }
  return null
}

/** One place for every route: a 400 naming the field, before any validator or database sees it. */
export function rejectUnsafeStrings(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const inBody = findUnsafeString(req.body)
  const inQuery = inBody ? null : findUnsafeString(req.query)
  const found = inBody ?? inQuery
  if (found) {
    const field = found.length > 200 ? `${found.slice(0, 200)}…` : found
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${inQuery ? "query parameter " : ""}${field} must not contain NUL characters or unpaired surrogates`
    )
  }
  next()
}

/**
 * `fields` applied to a list assembled by a view function, with the same
 * meaning as on Medusa's lists: plain names pick only those keys (`id` always
 * stays), `-x` drops a key, `+x` keeps what the view answers already. The
 * value is the one `fieldsParam` checked and expanded.
 */
export function projectFields<Row extends Record<string, unknown>>(rows: Row[], fields: string | undefined): Partial<Row>[] {
  const entries = (fields ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!entries.length) {
    return rows
  }
  const picksOnly = entries.some((entry) => !/^[+ -]/.test(entry))
  if (picksOnly) {
    const tree = treeOf(["id", ...entries.map((entry) => entry.replace(/^[+ -]+/, ""))])
    return rows.map((row) => pick(row, tree) as Partial<Row>)
  }
  const removed = entries.filter((entry) => entry.startsWith("-")).map((entry) => entry.slice(1))
  const tree = treeOf(removed.filter((path) => path !== "id"))
  return rows.map((row) => omit(row, tree) as Partial<Row>)
}

type PathTree = { [key: string]: PathTree | true }

/** `["a", "b.c", "b.d"]` as `{a: true, b: {c: true, d: true}}`; a whole key wins over its sub-keys. */
function treeOf(paths: string[]): PathTree {
  const tree: PathTree = {}
  for (const path of paths) {
    const keys = path.split(".")
    let node = tree
    for (const [index, key] of keys.entries()) {
      if (node[key] === true) {
        break
      }
      if (index === keys.length - 1) {
        node[key] = true
        break
      }
      node = (node[key] ??= {}) as PathTree
    }
  }
  return tree
}

function pick(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => pick(item, tree))
  }
  if (!value || typeof value !== "object") {
    return value
  }
  const record = value as Record<string, unknown>
  const picked: Record<string, unknown> = {}
  for (const [key, sub] of Object.entries(tree)) {
    if (key in record) {
      picked[key] = sub === true ? record[key] : pick(record[key], sub)
    }
  }
  return picked
}

function omit(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => omit(item, tree))
  }
  if (!value || typeof value !== "object") {
    return value
  }
  const kept: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const [key, sub] of Object.entries(tree)) {
    if (sub === true) {
      delete kept[key]
    } else if (key in kept) {
      kept[key] = omit(kept[key], sub)
    }
  }
  return kept
}

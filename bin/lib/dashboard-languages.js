/**
 * The admin dashboard's built script carries its own labels in 35 languages,
 * 6 of its 7 MB, which Chromium must parse before the login form shows. The
 * launcher's build keeps only the languages a marketplace's admins use
 * (ADMIN_LANGUAGES, default "en,ar"; "all" keeps every one): the others'
 * label tables are emptied, and the dashboard falls back to English for them.
 * `npm run dev` (Vite) keeps every language.
 */

const ALL = "all"

/** ADMIN_LANGUAGES as a list of the dashboard's language keys, or null for all of them. */
function adminLanguages(raw) {
  const value = (raw ?? "").trim()
  if (value === "") {
    return ["en", "ar"]
  }
  if (value.toLowerCase() === ALL) {
    return null
  }
  const keys = value.split(",").map((key) => key.trim()).filter(Boolean)
  const bad = keys.find((key) => !/^[a-z]{2}([A-Z]{2})?$/.test(key))
  if (bad) {
    throw new Error(`ADMIN_LANGUAGES must list dashboard language keys such as "en,ar" (or "all"), not "${bad}".`)
  }
  return keys.includes("en") ? keys : ["en", ...keys]
}

// esbuild writes each language's labels as `var de_default = {` … `};` at the start of a line.
const TABLE = /^var ([a-z]{2}(?:[A-Z]{2})?)_default = \{\n/gm

/**
 * The dashboard chunk with every language's label table but `keep` emptied,
 * or the code unchanged when it holds no such tables (or a table's end cannot
 * be found, so nothing is ever cut in the middle).
 */
function keepLanguages(code, keep) {
  if (!code.includes("var en_default = {\n")) {
    return code
  }
  const cuts = []
  for (const match of code.matchAll(TABLE)) {
    const name = match[1]
    if (keep.includes(name)) {
      continue
    }
    const bodyStart = match.index + match[0].length
    const end = code.indexOf("\n};\n", bodyStart)
    if (end === -1) {
      return code
    }
    cuts.push([bodyStart, end + 1])
  }
  let trimmed = ""
  let at = 0
  for (const [start, end] of cuts) {
    trimmed += code.slice(at, start)
    at = end
  }
  return trimmed + code.slice(at)
}

/** A Vite plugin that applies `keepLanguages` to Medusa's dashboard modules. */
function dashboardLanguagesPlugin(keep) {
  return {
    name: "daraa-dashboard-languages",
    enforce: "pre",
    transform(code, id) {
      if (!keep || !id.includes("@medusajs/dashboard") || !code.includes("var en_default = {\n")) {
        return null
      }
      return { code: keepLanguages(code, keep), map: null }
    },
  }
}

module.exports = { adminLanguages, keepLanguages, dashboardLanguagesPlugin }

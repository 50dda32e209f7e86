import ar from "../../i18n/ar.json"
import en from "../../i18n/en.json"
import type { Translate } from "../translate"

/**
 * The labels of src/admin/i18n looked up as the dashboard's i18next does, for
 * the tests of the label-shaping functions: dotted keys, plurals on `count`,
 * `{{name}}` interpolation, `defaultValue` when the key is missing. A missing
 * key without a default throws.
 */
function translatorOf(labels: Record<string, unknown>, language: string): Translate {
  return (key, values = {}) => {
    const find = (path: string) =>
      path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), labels)
    const plural = typeof values.count === "number" ? find(`${key}_${new Intl.PluralRules(language).select(values.count)}`) : undefined
    const text = plural ?? find(key) ?? values.defaultValue
    if (typeof text !== "string") {
      throw new Error(`No ${language} label for ${key}`)
    }
    return text.replace(/{{(\w+)}}/g, (_, name: string) => String(values[name]))
  }
}

export const english = translatorOf(en, "en")
export const arabic = translatorOf(ar, "ar")

export type Locale = "en" | "ar"

/** Arabic when the client prefers it (Accept-Language), English otherwise. */
export function localeFromAcceptLanguage(header: unknown): Locale {
  const value = Array.isArray(header) ? header[0] : header
  return typeof value === "string" && /^\s*ar\b/i.test(value) ? "ar" : "en"
}

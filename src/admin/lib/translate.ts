/**
 * A label lookup in Daraa's namespace of the admin's i18n (src/admin/i18n):
 * react-i18next's `t` of `useTranslation("daraa")` in the dashboard, an
 * English lookup in unit tests. The `src/admin/lib` functions that shape
 * labels take one, so they stay pure and speak the admin's language.
 */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** The words of @medusajs/ui's `Table.Pagination`, in the admin's language. */
export const paginationLabels = (t: Translate) => ({
  of: t("pagination.of"),
  results: t("pagination.results"),
  pages: t("pagination.pages"),
  prev: t("pagination.prev"),
  next: t("pagination.next"),
})

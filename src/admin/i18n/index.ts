/**
 * Daraa's labels in the admin's own i18n (Medusa 2.21 merges every
 * `src/admin/i18n/index.ts` into the dashboard's i18next resources). The
 * dashboard's language, chosen in the admin's profile, picks the column;
 * missing keys fall back to English. Read with `useTranslation("daraa")`;
 * sidebar labels name a key with `translationNs: "daraa"`.
 */
import ar from "./ar.json"
import en from "./en.json"

export default {
  en: { daraa: en },
  ar: { daraa: ar },
}

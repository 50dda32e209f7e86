import type { Translate } from "./translate"

/** What the delivery zones page shows and sends, shaped from `/admin/delivery-zones`: pure and unit tested. */

export type DeliveryZone = {
  id: string
  name: string
  currency_code: string
  polygon: unknown
  center_latitude: number
  center_longitude: number
  base_fee: number
  fee_per_km: number
  max_distance_km: number
  active_hours: Record<string, [string, string][]> | null
  timezone: string
  cities: string[] | null
  postal_codes: string[] | null
  is_active: boolean
}

export type ZoneForm = {
  name: string
  currency_code: string
  polygon: string
  base_fee: string
  fee_per_km: string
  max_distance_km: string
  active_hours: string
  timezone: string
  cities: string
  postal_codes: string
  is_active: boolean
}

export const EMPTY_ZONE_FORM: ZoneForm = {
  name: "",
  currency_code: "syp",
  polygon: "",
  base_fee: "",
  fee_per_km: "",
  max_distance_km: "",
  active_hours: "",
  timezone: "Asia/Damascus",
  cities: "",
  postal_codes: "",
  is_active: true,
}

const listText = (list: string[] | null) => (list ?? []).join(", ")
const listOf = (text: string) =>
  text
    .split(/[,،\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)

export function zoneFormOf(zone: DeliveryZone): ZoneForm {
  return {
    name: zone.name,
    currency_code: zone.currency_code,
    polygon: JSON.stringify(zone.polygon, null, 2),
    base_fee: String(zone.base_fee),
    fee_per_km: String(zone.fee_per_km),
    max_distance_km: String(zone.max_distance_km),
    active_hours: zone.active_hours ? JSON.stringify(zone.active_hours) : "",
    timezone: zone.timezone,
    cities: listText(zone.cities),
    postal_codes: listText(zone.postal_codes),
    is_active: zone.is_active,
  }
}

function parseJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) }
  } catch {
    return null
  }
}

/**
 * The request body of a form, or the first problem in the admin's language.
 * The polygon's geometry is checked by the API, whose 400 names the ring and
 * position at fault.
 */
export function zoneBodyOf(form: ZoneForm, t: Translate): { body: Record<string, unknown> } | { error: string } {
  if (!form.name.trim()) {
    return { error: t("deliveryZones.nameRequired") }
  }
  const polygon = parseJson(form.polygon)
  if (!polygon) {
    return { error: t("deliveryZones.polygonNotJson") }
  }
  const numbers: Record<string, number> = {}
  for (const field of ["base_fee", "fee_per_km", "max_distance_km"] as const) {
    const value = Number(form[field].trim())
    if (form[field].trim() === "" || !Number.isFinite(value) || value < 0) {
      return { error: t("deliveryZones.notANumber", { field: t(`deliveryZones.field.${field}`) }) }
    }
    numbers[field] = value
  }
  const hours = form.active_hours.trim() ? parseJson(form.active_hours) : { value: null }
  if (!hours) {
    return { error: t("deliveryZones.hoursNotJson") }
  }
  return {
    body: {
      name: form.name.trim(),
      currency_code: form.currency_code.trim().toLowerCase(),
      polygon: polygon.value,
      ...numbers,
      active_hours: hours.value,
      timezone: form.timezone.trim() || "Asia/Damascus",
      cities: listOf(form.cities),
      postal_codes: listOf(form.postal_codes),
      is_active: form.is_active,
    },
  }
}

/** "100 SYP + 50 SYP/km". */
export function feeOf(zone: Pick<DeliveryZone, "base_fee" | "fee_per_km" | "currency_code">, t: Translate): string {
  return t("deliveryZones.feeValue", { base: zone.base_fee, perKm: zone.fee_per_km, currency: zone.currency_code.toUpperCase() })
}

/** "Always" or "mon 08:00–23:00; fri 10:00–22:00". */
export function hoursOf(zone: Pick<DeliveryZone, "active_hours">, t: Translate): string {
  if (!zone.active_hours) {
    return t("deliveryZones.always")
  }
  const days = Object.entries(zone.active_hours).map(([day, ranges]) => `${t(`weekday.${day}`)} ${ranges.map(([from, to]) => `${from}–${to}`).join(", ")}`)
  return days.length ? days.join("; ") : t("deliveryZones.never")
}

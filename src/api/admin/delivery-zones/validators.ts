import { z } from "@medusajs/framework/zod"
import { activeHoursProblem, isKnownTimezone, type ActiveHours } from "../../../modules/delivery/active-hours"
import { zoneGeometryProblem, type ZoneGeometry } from "../../../modules/delivery/geo"
import { MAX_AMOUNT, tooLarge } from "../../input-limits"
import { listQueryParams, type ListShape } from "../../list-query"

const MAX_LIST = 500
const MAX_DISTANCE_KM = 1000

const placeList = (field: string) =>
  z
    .array(z.string().trim().min(1, `${field} must not hold empty names`).max(120), { error: `${field} must be a list of strings` })
    .max(MAX_LIST, `${field} may list at most ${MAX_LIST} entries`)
    .nullable()

const fields = {
  name: z.string().trim().min(1, "name is required").max(120),
  currency_code: z.string().trim().regex(/^[a-zA-Z]{3}$/, "currency_code must be a three-letter ISO code").toLowerCase(),
  polygon: z.unknown().superRefine((value, context) => {
    const problem = zoneGeometryProblem(value)
    if (problem) {
      context.addIssue({ code: "custom", message: problem })
    }
  }) as unknown as z.ZodType<ZoneGeometry>,
  center_latitude: z.number().min(-90, "center_latitude must be between -90 and 90").max(90, "center_latitude must be between -90 and 90"),
  center_longitude: z.number().min(-180, "center_longitude must be between -180 and 180").max(180, "center_longitude must be between -180 and 180"),
  base_fee: z.number().min(0, "base_fee must be zero or more").max(MAX_AMOUNT, tooLarge("base_fee", MAX_AMOUNT)),
  fee_per_km: z.number().min(0, "fee_per_km must be zero or more").max(MAX_AMOUNT, tooLarge("fee_per_km", MAX_AMOUNT)),
  max_distance_km: z.number().gt(0, "max_distance_km must be more than 0").max(MAX_DISTANCE_KM, tooLarge("max_distance_km", MAX_DISTANCE_KM)),
  active_hours: z.unknown().superRefine((value, context) => {
    const problem = activeHoursProblem(value)
    if (problem) {
      context.addIssue({ code: "custom", message: problem })
    }
  }) as unknown as z.ZodType<ActiveHours | null>,
  timezone: z
    .string()
    .trim()
    .superRefine((value, context) => {
      if (!isKnownTimezone(value)) {
        context.addIssue({ code: "custom", message: `timezone must be an IANA time zone such as Asia/Damascus, not '${value}'` })
      }
    }),
  cities: placeList("cities"),
  postal_codes: placeList("postal_codes"),
  is_active: z.boolean(),
}

const centerGivenTogether = (zone: { center_latitude?: number; center_longitude?: number }) =>
  (zone.center_latitude === undefined) === (zone.center_longitude === undefined)
const centerMessage = { message: "center_latitude and center_longitude go together: give both or neither", path: ["center_latitude"] }

export const AdminCreateDeliveryZone = z
  .object({
    ...fields,
    center_latitude: fields.center_latitude.optional(),
    center_longitude: fields.center_longitude.optional(),
    active_hours: fields.active_hours.optional(),
    timezone: fields.timezone.optional(),
    cities: fields.cities.optional(),
    postal_codes: fields.postal_codes.optional(),
    is_active: fields.is_active.default(true),
  })
  .strict()
  .refine(centerGivenTogether, centerMessage)
export type AdminCreateDeliveryZoneBody = z.infer<typeof AdminCreateDeliveryZone>

export const AdminUpdateDeliveryZone = z.object(fields).partial().strict().refine(centerGivenTogether, centerMessage)
export type AdminUpdateDeliveryZoneBody = z.infer<typeof AdminUpdateDeliveryZone>

export const deliveryZoneFields = [
  "id",
  "name",
  "currency_code",
  "polygon",
  "center_latitude",
  "center_longitude",
  "base_fee",
  "fee_per_km",
  "max_distance_km",
  "active_hours",
  "timezone",
  "cities",
  "postal_codes",
  "is_active",
  "created_at",
  "updated_at",
]

export const deliveryZoneList: ListShape = {
  fields: deliveryZoneFields,
  order: ["name", "currency_code", "base_fee", "fee_per_km", "max_distance_km", "created_at", "updated_at"],
  defaultOrder: "name",
}

export const AdminGetDeliveryZonesParams = listQueryParams(deliveryZoneList)
  .extend({
    q: z.string().trim().max(200).optional(),
    currency_code: z.string().trim().toLowerCase().optional(),
    is_active: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "is_active must be true or false" })).optional(),
  })
  .strict()

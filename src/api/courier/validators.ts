import { z } from "@medusajs/framework/zod"
import { COURIER_AVAILABILITIES, COURIER_VEHICLE_TYPES } from "../../modules/courier/models/courier"
import { PHONE_FORMAT_HINT, toE164 } from "../../modules/phone-otp/phone-number"

const e164Phone = z.string().transform((value, context) => {
  const phone = toE164(value)
  if (!phone) {
    context.addIssue({ code: "custom", message: PHONE_FORMAT_HINT })
    return z.NEVER
  }
  return phone
})

export const CreateCourier = z
  .object({
    first_name: z.string().trim().min(1).max(80),
    last_name: z.string().trim().min(1).max(80),
    phone: e164Phone,
    vehicle_type: z.enum(COURIER_VEHICLE_TYPES, { message: `vehicle_type must be one of ${COURIER_VEHICLE_TYPES.join(", ")}` }),
    email: z.string().trim().email().toLowerCase().nullish(),
    locale: z.enum(["en", "ar"]).optional(),
  })
  .strict()
export type CreateCourierBody = z.infer<typeof CreateCourier>

const latitude = z.number({ message: "latitude must be a number" }).min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90")
const longitude = z
  .number({ message: "longitude must be a number" })
  .min(-180, "longitude must be between -180 and 180")
  .max(180, "longitude must be between -180 and 180")

/** Online needs the courier's position; offline may leave it out (the last one is kept). */
export const SetCourierAvailability = z
  .object({
    status: z.enum(COURIER_AVAILABILITIES, { message: `status must be one of ${COURIER_AVAILABILITIES.join(", ")}` }),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if ((body.latitude === undefined) !== (body.longitude === undefined)) {
      context.addIssue({ code: "custom", path: ["latitude"], message: "latitude and longitude go together; send both or neither" })
    }
    if (body.status === "online" && body.latitude === undefined) {
      context.addIssue({ code: "custom", path: ["latitude"], message: "latitude and longitude are required to go online" })
    }
  })
export type SetCourierAvailabilityBody = z.infer<typeof SetCourierAvailability>

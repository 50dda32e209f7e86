import { z } from "@medusajs/framework/zod"
import { MemberLocale } from "./members/validators"

const openingPeriod = z
  .object({
    open: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "opening hours must be HH:MM"),
    close: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "opening hours must be HH:MM"),
  })
  .strict()

export const OpeningHours = z
  .object({
    monday: z.array(openingPeriod),
    tuesday: z.array(openingPeriod),
    wednesday: z.array(openingPeriod),
    thursday: z.array(openingPeriod),
    friday: z.array(openingPeriod),
    saturday: z.array(openingPeriod),
    sunday: z.array(openingPeriod),
  })
  .partial()
  .strict()

export const VendorAddress = z
  .object({
    address_1: z.string().trim().min(1),
    city: z.string().trim().min(1),
    country_code: z.string().trim().length(2, "country_code must be a two-letter ISO country code").toLowerCase(),
    postal_code: z.string().trim().min(1).nullish(),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .strict()

const handle = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "handle must be lowercase letters, digits and single dashes")

const phone = z.string().trim().regex(/^\+[1-9]\d{6,14}$/, "phone must be an E.164 number such as +963944123456")

export const CreateVendor = z
  .object({
    name: z.string().trim().min(2).max(120),
    handle: handle.optional(),
    description: z.string().trim().max(2000).nullish(),
    email: z.string().trim().email().toLowerCase(),
    phone,
    address: VendorAddress,
    opening_hours: OpeningHours.nullish(),
    member: z
      .object({
        first_name: z.string().trim().min(1).max(80),
        last_name: z.string().trim().min(1).max(80),
        locale: MemberLocale.optional(),
      })
      .strict(),
  })
  .strict()
export type CreateVendorBody = z.infer<typeof CreateVendor>

export const UpdateVendor = z
  .object({
    name: z.string().trim().min(2).max(120),
    description: z.string().trim().max(2000).nullable(),
    email: z.string().trim().email().toLowerCase(),
    phone,
    address: VendorAddress,
    opening_hours: OpeningHours.nullable(),
    logo_url: z.string().url().nullable(),
  })
  .partial()
  .strict()
export type UpdateVendorBody = z.infer<typeof UpdateVendor>

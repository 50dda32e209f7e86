import { z } from "@medusajs/framework/zod"

/** Points per request: a minute of 1 Hz points from a few couriers' worth of backlog, at most. */
export const MAX_POINTS_PER_BATCH = 500
/** A phone's clock may run a little ahead of the server's. */
const FUTURE_SKEW_MS = 2 * 60 * 1000
/** Points older than this are not a live track any more. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000

const finite = (field: string) => z.number({ message: `${field} must be a number` }).finite()

const TrackPointBody = z
  .object({
    latitude: finite("latitude").min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90"),
    longitude: finite("longitude").min(-180, "longitude must be between -180 and 180").max(180, "longitude must be between -180 and 180"),
    recorded_at: z
      .string({ message: "recorded_at must be an ISO 8601 date-time" })
      .datetime({ offset: true, message: "recorded_at must be an ISO 8601 date-time such as 2026-12-02T10:00:00Z" })
      .transform((value) => new Date(value))
      .refine((date) => date.getTime() <= Date.now() + FUTURE_SKEW_MS, "recorded_at must not be in the future")
      .refine((date) => date.getTime() >= Date.now() - MAX_AGE_MS, "recorded_at must be within the last 24 hours"),
    speed: finite("speed").min(0, "speed must be 0 or more (metres per second)").max(100, "speed must be at most 100 metres per second").nullish(),
    heading: finite("heading").min(0, "heading must be between 0 and 360").max(360, "heading must be between 0 and 360").nullish(),
    accuracy: finite("accuracy").min(0, "accuracy must be 0 or more (metres)").max(100_000, "accuracy must be at most 100000 metres").nullish(),
  })
  .strict()

export const CourierPostLocations = z
  .object({
    points: z
      .array(TrackPointBody, { message: "points must be a list of points" })
      .min(1, "points must hold at least one point")
      .max(MAX_POINTS_PER_BATCH, `points must hold at most ${MAX_POINTS_PER_BATCH} points per request`),
  })
  .strict()
export type CourierPostLocationsBody = z.infer<typeof CourierPostLocations>

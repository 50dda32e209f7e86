import { haversineKm, type LatLng } from "../../modules/routing/geo"

/** One GPS point as a courier's phone reports it; `speed` in m/s, `accuracy` in metres. */
export type GpsPoint = LatLng & { recorded_at: Date; speed?: number | null; heading?: number | null; accuracy?: number | null }

/** What the delivery knows of the courier's movement so far. */
export type MovementState = { latitude: number | null; longitude: number | null; position_at: Date | null; speed_mps: number | null }

export type SmoothingSettings = {
  /** Faster than this between two points is a GPS jump, not a courier (m/s). */
  max_speed_mps: number
  /** The time constant of the exponential smoothing of speed, in seconds. */
  smoothing_seconds: number
  /** Points less accurate than this (metres) do not move the courier. */
  max_accuracy_m: number
}

export const SMOOTHING: SmoothingSettings = { max_speed_mps: 50, smoothing_seconds: 30, max_accuracy_m: 150 }

export type Movement = {
  /** The newest trusted point, or null when the batch moved nothing (old, duplicate or rejected points). */
  position: (LatLng & { at: Date }) | null
  speed_mps: number | null
  /** Points newer than the last position that were ignored as jumps or too inaccurate. */
  ignored: number
}

/**
 * Moves the courier through the batch's points newer than its last position,
 * in time order, and smooths its speed exponentially with a time constant, so
 * that a sample's weight grows with the time it covers. A point that would
 * need more than `max_speed_mps` from the last trusted one is a GPS jump and
 * ignored, unless the next point agrees with it (then the courier really is
 * there: it becomes the anchor, without a speed sample). Older points (sent
 * late, or twice) are kept in the track but never move the courier back.
 */
export function advanceMovement(state: MovementState, points: GpsPoint[], settings: SmoothingSettings = SMOOTHING): Movement {
  const newer = points
    .filter((point) => !state.position_at || point.recorded_at.getTime() > state.position_at.getTime())
    .sort((a, b) => a.recorded_at.getTime() - b.recorded_at.getTime())
  let anchor: (LatLng & { at: Date }) | null =
    state.latitude !== null && state.longitude !== null && state.position_at
      ? { latitude: state.latitude, longitude: state.longitude, at: state.position_at }
      : null
  let speed = state.speed_mps
  let moved: (LatLng & { at: Date }) | null = null
  let ignored = 0
  let suspect: GpsPoint | null = null

  const impliedSpeed = (from: LatLng & { at: Date }, to: GpsPoint) => {
    const seconds = (to.recorded_at.getTime() - from.at.getTime()) / 1000
    return seconds > 0 ? (haversineKm(from, to) * 1000) / seconds : Infinity
  }

  for (const point of newer) {
    if (point.accuracy !== undefined && point.accuracy !== null && point.accuracy > settings.max_accuracy_m) {
      ignored++
      continue
    }
    const here = { latitude: point.latitude, longitude: point.longitude, at: point.recorded_at }
    if (!anchor) {
      anchor = moved = here
      if (isUsableSpeed(point.speed, settings)) speed = point.speed!
      continue
    }
    const implied = impliedSpeed(anchor, point)
    if (implied > settings.max_speed_mps) {
      // Two points in a row that agree with each other outvote the anchor.
      if (suspect && impliedSpeed({ ...suspect, at: suspect.recorded_at }, point) <= settings.max_speed_mps) {
        anchor = moved = here
        suspect = null
        continue
      }
      suspect = point
      ignored++
      continue
    }
    suspect = null
    const seconds = (point.recorded_at.getTime() - anchor.at.getTime()) / 1000
    // The phone's own speed (Doppler) is better than position differences when it has one.
    const sample = isUsableSpeed(point.speed, settings) ? point.speed! : implied
    const weight = 1 - Math.exp(-seconds / settings.smoothing_seconds)
    speed = speed === null ? sample : speed + weight * (sample - speed)
    anchor = moved = here
  }
  return { position: moved, speed_mps: speed === null ? null : round(speed, 3), ignored }
}

function isUsableSpeed(value: number | null | undefined, settings: SmoothingSettings): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= settings.max_speed_mps
}

export type EtaSettings = {
  /** Below this the ETA assumes this speed (m/s): a courier waiting at a light still arrives. */
  floor_speed_mps: number
  /** Before any speed is known (m/s). */
  default_speed_mps: number
}

export const ETA: EtaSettings = { floor_speed_mps: 2.5, default_speed_mps: 6 }

/**
 * When the courier arrives: the routing provider's driving time when it has
 * one, else the remaining distance at the smoothed speed, never slower than
 * the floor.
 */
export function estimateArrival(
  input: { from: Date; remaining_km: number; speed_mps: number | null; duration_seconds?: number | null },
  settings: EtaSettings = ETA
): Date {
  const seconds =
    typeof input.duration_seconds === "number" && Number.isFinite(input.duration_seconds)
      ? input.duration_seconds
      : (input.remaining_km * 1000) / Math.max(input.speed_mps ?? settings.default_speed_mps, settings.floor_speed_mps)
  return new Date(input.from.getTime() + Math.round(seconds) * 1000)
}

/**
 * Where the courier still has to go for this delivery: to the pickup then the
 * drop-off while assigned, to the drop-off once picked up.
 */
export function remainingPath(status: string, courier: LatLng, delivery: { pickup: LatLng | null; dropoff: LatLng | null }): LatLng[] | null {
  if (!delivery.dropoff) {
    return null
  }
  if (status === "assigned") {
    return delivery.pickup ? [courier, delivery.pickup, delivery.dropoff] : null
  }
  return status === "picked_up" ? [courier, delivery.dropoff] : null
}

/** The customer is told once that the courier is near: within `near_meters`, or `near_seconds` away. */
export function isNear(status: string, remaining_km: number, eta: Date, now: Date, settings: { near_meters: number; near_seconds: number }): boolean {
  return status === "picked_up" && (remaining_km * 1000 <= settings.near_meters || eta.getTime() - now.getTime() <= settings.near_seconds * 1000)
}

/** The ETA goes to watchers again only when it moved by more than this. */
export const ETA_RESEND_MS = 60_000

export function etaMoved(previous: Date | string | null | undefined, next: Date): boolean {
  return !previous || Math.abs(new Date(previous).getTime() - next.getTime()) > ETA_RESEND_MS
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** The data of each event on a delivery's stream; the same shape whether live, replayed or a snapshot. */

export function statusEventData(delivery: { status: string }, at: Date | string) {
  return { status: delivery.status, at: new Date(at).toISOString() }
}

export function positionEventData(position: { latitude: number; longitude: number; position_at: Date | string; speed_mps?: number | null }) {
  return {
    latitude: position.latitude,
    longitude: position.longitude,
    at: new Date(position.position_at).toISOString(),
    speed_mps: position.speed_mps ?? null,
  }
}

export function etaEventData(position: { eta_at: Date | string | null; remaining_km?: number | null }) {
  return { eta: position.eta_at ? new Date(position.eta_at).toISOString() : null, remaining_km: position.remaining_km ?? null }
}

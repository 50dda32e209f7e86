import type { MedusaResponse } from "@medusajs/framework/http"
import { LIVE_TRACKING_MODULE } from "../../../../../modules/live-tracking"
import type { TrackingEvent } from "../../../../../modules/live-tracking/feed"
import type LiveTrackingModuleService from "../../../../../modules/live-tracking/service"
import { retrieveTrackedDelivery } from "../../../../../queries/delivery-tracking"
import { etaEventData, positionEventData, statusEventData } from "../../../../../workflows/delivery-tracking/stream-events"
import { POSITION_VISIBLE_STATUSES, type TrackedDelivery } from "../../../../../workflows/delivery-tracking/tracked-delivery"
import type { StreamRequest } from "../../helpers"

/** After these the stream ends; a watcher reconnecting with the last id gets 204, which tells EventSource to stop. */
const FINAL_STATUSES = ["delivered", "failed", "cancelled"]

/** Tells a disconnected EventSource to come back after this many milliseconds. */
const RETRY_MS = 3000

function frame(event: { id?: number; type: string; data: unknown }): string {
  return `${event.id !== undefined ? `id: ${event.id}\n` : ""}event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`
}

/** What the delivery looks like now, as the events a new watcher needs. */
function snapshot(delivery: TrackedDelivery, head: number): TrackingEvent[] {
  const events: TrackingEvent[] = [{ id: head, type: "status", data: statusEventData(delivery, new Date()) }]
  if (POSITION_VISIBLE_STATUSES.includes(delivery.status) && delivery.latitude !== null && delivery.longitude !== null && delivery.position_at) {
    events.push({ id: head, type: "position", data: positionEventData({ ...delivery, latitude: delivery.latitude, longitude: delivery.longitude, position_at: delivery.position_at }) })
  }
  if (["assigned", "picked_up"].includes(delivery.status) && delivery.eta_at) {
    events.push({ id: head, type: "eta", data: etaEventData(delivery) })
  }
  return events
}

function lastEventId(req: StreamRequest): number | null {
  const raw = req.headers["last-event-id"] ?? (req.query as Record<string, unknown>).last_event_id
  const value = Array.isArray(raw) ? raw[0] : raw
  return typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : null
}

/**
 * GET /store/deliveries/:id/stream: Server-Sent Events of the delivery's
 * `status`, `position` (from pickup to drop-off only) and `eta` (when it
 * moved by more than a minute), with a `heartbeat` event on idle. Each event
 * has an id; a watcher that reconnects with Last-Event-ID gets exactly what it
 * missed, or the current state when the replay log no longer holds it.
 */
export const GET = async (req: StreamRequest, res: MedusaResponse) => {
  const tracking = req.scope.resolve<LiveTrackingModuleService>(LIVE_TRACKING_MODULE)
  const deliveryId = req.delivery_stream.delivery.id
  const after = lastEventId(req)

  let sentUpTo = -1
  let caughtUp = false
  let closed = false
  const pending: TrackingEvent[] = []
  const send = (event: TrackingEvent) => {
    if (closed || event.id <= sentUpTo) {
      return
    }
    res.write(frame(event))
    sentUpTo = event.id
    if (event.type === "status" && FINAL_STATUSES.includes(String(event.data.status))) {
      finish()
    }
  }
  // Listening before reading the replay log, so that nothing published in between is lost.
  const stopListening = await tracking.feed.listen(deliveryId, (event) => (caughtUp ? send(event) : pending.push(event)))
  let heartbeat: NodeJS.Timeout | null = null
  const finish = () => {
    if (closed) return
    closed = true
    stopListening()
    if (heartbeat) clearInterval(heartbeat)
    res.end()
  }
  req.on("close", finish)

  const replay = await tracking.feed.since(deliveryId, after ?? 0)
  const delivery = (await retrieveTrackedDelivery(req.scope, { id: deliveryId })) ?? req.delivery_stream.delivery
  if (after !== null && replay.complete && !replay.events.length && FINAL_STATUSES.includes(delivery.status)) {
    // Already told the end: 204 tells EventSource not to reconnect.
    closed = true
    stopListening()
    res.status(204).end()
    return
  }

  res.status(200)
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8")
  res.setHeader("Cache-Control", "no-cache, no-transform")
  res.setHeader("Connection", "keep-alive")
  // Tells nginx-style proxies not to buffer the stream.
  res.setHeader("X-Accel-Buffering", "no")
  res.flushHeaders?.()
  res.write(`retry: ${RETRY_MS}\n\n`)

  if (after !== null && replay.complete) {
    for (const event of replay.events) send(event)
  } else {
    for (const event of snapshot(delivery, replay.head)) {
      if (closed) break
      res.write(frame(event))
    }
    sentUpTo = replay.head
    if (FINAL_STATUSES.includes(delivery.status)) {
      finish()
    }
  }
  caughtUp = true
  for (const event of pending.splice(0)) send(event)

  if (!closed) {
    heartbeat = setInterval(() => {
      if (!closed) res.write(frame({ type: "heartbeat", data: { at: new Date().toISOString() } }))
    }, tracking.settings.heartbeat_seconds * 1000)
  }
}

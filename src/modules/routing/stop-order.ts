import type { LatLng } from "./geo"

/**
 * One place a courier must reach: a delivery's pickup (at the vendor) or its
 * drop-off (at the customer). A pickup always comes before the drop-off of the
 * same delivery; a delivery already picked up has its drop-off only.
 */
export type Stop = LatLng & { delivery_id: string; kind: "pickup" | "dropoff" }

export type OrderedStop = Stop & {
  sequence: number
  /** From the previous stop (or the start) to this one. */
  leg_km: number
  /** From the start to this stop along the order. */
  cumulative_km: number
}

export type StopOrder = { stops: OrderedStop[]; total_km: number }

/**
 * A distance matrix over [start, ...stops]: `distances[i][j]` in kilometres
 * from point i to point j (index 0 is the start).
 */
export type DistanceMatrix = number[][]

const MAX_TWO_OPT_ROUNDS = 50

/** True when every drop-off in `order` (indices into stops) comes after its delivery's pickup. */
export function respectsPickupFirst(stops: Stop[], order: number[]): boolean {
  const pickedUp = new Set<string>()
  const hasPickup = new Set(stops.filter((stop) => stop.kind === "pickup").map((stop) => stop.delivery_id))
  for (const index of order) {
    const stop = stops[index]
    if (stop.kind === "pickup") {
      pickedUp.add(stop.delivery_id)
    } else if (hasPickup.has(stop.delivery_id) && !pickedUp.has(stop.delivery_id)) {
      return false
    }
  }
  return true
}

/** Length of an open path from the start (matrix index 0) through the stops in `order`. */
export function pathKm(matrix: DistanceMatrix, order: number[]): number {
  let total = 0
  let at = 0
  for (const index of order) {
    total += matrix[at][index + 1]
    at = index + 1
  }
  return total
}

/** Nearest neighbour: from where the courier is, always to the closest stop it may visit next. */
export function nearestNeighbour(stops: Stop[], matrix: DistanceMatrix): number[] {
  const hasPickup = new Set(stops.filter((stop) => stop.kind === "pickup").map((stop) => stop.delivery_id))
  const pickedUp = new Set<string>()
  const left = new Set(stops.map((_, index) => index))
  const order: number[] = []
  let at = 0
  while (left.size) {
    let best = -1
    for (const index of left) {
      const stop = stops[index]
      const allowed = stop.kind === "pickup" || !hasPickup.has(stop.delivery_id) || pickedUp.has(stop.delivery_id)
      if (allowed && (best === -1 || matrix[at][index + 1] < matrix[at][best + 1])) {
        best = index
      }
    }
    order.push(best)
    left.delete(best)
    if (stops[best].kind === "pickup") {
      pickedUp.add(stops[best].delivery_id)
    }
    at = best + 1
  }
  return order
}

/** 2-opt: reverse any stretch of the path that makes it shorter and keeps pickups first, until none does. */
export function twoOpt(stops: Stop[], matrix: DistanceMatrix, initial: number[]): number[] {
  let order = [...initial]
  let bestKm = pathKm(matrix, order)
  for (let round = 0; round < MAX_TWO_OPT_ROUNDS; round++) {
    let improved = false
    for (let i = 0; i < order.length - 1; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const candidate = [...order.slice(0, i), ...order.slice(i, j + 1).reverse(), ...order.slice(j + 1)]
        const km = pathKm(matrix, candidate)
        // A margin, so float noise never loops.
        if (km < bestKm - 1e-9 && respectsPickupFirst(stops, candidate)) {
          order = candidate
          bestKm = km
          improved = true
        }
      }
    }
    if (!improved) {
      break
    }
  }
  return order
}

/** The stops in visiting order with each leg's length, from the matrix. */
export function orderStopsByMatrix(stops: Stop[], matrix: DistanceMatrix): StopOrder {
  const order = twoOpt(stops, matrix, nearestNeighbour(stops, matrix))
  let at = 0
  let cumulative = 0
  const ordered = order.map((index, position) => {
    const leg = matrix[at][index + 1]
    cumulative += leg
    at = index + 1
    return { ...stops[index], sequence: position + 1, leg_km: leg, cumulative_km: cumulative }
  })
  return { stops: ordered, total_km: cumulative }
}

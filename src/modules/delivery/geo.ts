/**
 * Plane geometry on GeoJSON coordinates ([longitude, latitude]), in
 * TypeScript: the embedded PostgreSQL has no PostGIS. Delivery zones span a
 * city or a governorate, so treating degrees as a plane inside a polygon is
 * exact enough; distances are great-circle.
 */

export type LatLng = { latitude: number; longitude: number }
export type Position = [number, number]
export type LinearRing = Position[]
export type PolygonGeometry = { type: "Polygon"; coordinates: LinearRing[] }
export type MultiPolygonGeometry = { type: "MultiPolygon"; coordinates: LinearRing[][] }
export type ZoneGeometry = PolygonGeometry | MultiPolygonGeometry

const EARTH_RADIUS_KM = 6371.0088

const toRadians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in km (haversine). */
export function haversineKm(from: LatLng, to: LatLng): number {
  const dLat = toRadians(to.latitude - from.latitude)
  const dLng = toRadians(to.longitude - from.longitude)
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(from.latitude)) * Math.cos(toRadians(to.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** Even-odd ray casting; a point on the ring's edge counts as inside. */
function ringContains(ring: LinearRing, x: number, y: number): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if (onSegment(x, y, xi, yi, xj, yj)) {
      return true
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside
    }
  }
  return inside
}

function onSegment(x: number, y: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const cross = (x - x1) * (y2 - y1) - (y - y1) * (x2 - x1)
  if (Math.abs(cross) > 1e-12) {
    return false
  }
  return x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2)
}

/** Inside the outer ring and outside every hole. */
function polygonContains(rings: LinearRing[], x: number, y: number): boolean {
  const [outer, ...holes] = rings
  if (!outer || !ringContains(outer, x, y)) {
    return false
  }
  return !holes.some((hole) => ringContains(hole, x, y) && !onRingEdge(hole, x, y))
}

function onRingEdge(ring: LinearRing, x: number, y: number): boolean {
  return ring.some((point, i) => {
    const next = ring[(i + 1) % ring.length]
    return onSegment(x, y, point[0], point[1], next[0], next[1])
  })
}

const polygonsOf = (geometry: ZoneGeometry): LinearRing[][] =>
  geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates

/** Whether a point lies in a Polygon or MultiPolygon (holes excluded, edges included). */
export function pointInZone(point: LatLng, geometry: ZoneGeometry): boolean {
  return polygonsOf(geometry).some((rings) => polygonContains(rings, point.longitude, point.latitude))
}

/** Signed area (shoelace) and area-weighted centre of one ring. */
function ringMoments(ring: LinearRing): { area: number; x: number; y: number } {
  let twiceArea = 0
  let cx = 0
  let cy = 0
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]
    const [x2, y2] = ring[i + 1]
    const cross = x1 * y2 - x2 * y1
    twiceArea += cross
    cx += (x1 + x2) * cross
    cy += (y1 + y2) * cross
  }
  const area = twiceArea / 2
  return area === 0 ? { area: 0, x: ring[0][0], y: ring[0][1] } : { area, x: cx / (6 * area), y: cy / (6 * area) }
}

/**
 * The area-weighted centre of the zone: holes subtract, the parts of a
 * MultiPolygon add. A degenerate zone answers its first vertex.
 */
export function zoneCentroid(geometry: ZoneGeometry): LatLng {
  let area = 0
  let x = 0
  let y = 0
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    for (const [index, ring] of [outer, ...holes].entries()) {
      const moments = ringMoments(ring)
      // Orientation varies between tools: outer rings add, holes subtract, whatever their winding.
      const signed = (index === 0 ? 1 : -1) * Math.abs(moments.area)
      area += signed
      x += moments.x * signed
      y += moments.y * signed
    }
  }
  if (area === 0) {
    const [first] = polygonsOf(geometry)[0][0]
    return { latitude: first[1], longitude: first[0] }
  }
  return { latitude: y / area, longitude: x / area }
}

/**
 * What is wrong with a zone's geometry, in one sentence naming the ring and
 * position, or null when it is a valid GeoJSON Polygon or MultiPolygon.
 */
export function zoneGeometryProblem(value: unknown): string | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return "polygon must be a GeoJSON Polygon or MultiPolygon object"
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown }
  if (type !== "Polygon" && type !== "MultiPolygon") {
    return `polygon.type must be "Polygon" or "MultiPolygon", not ${JSON.stringify(type ?? null)}`
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return "polygon.coordinates must be a non-empty array of rings"
  }
  const polygons = type === "Polygon" ? [coordinates] : coordinates
  for (const [p, rings] of polygons.entries()) {
    const where = type === "Polygon" ? "polygon.coordinates" : `polygon.coordinates[${p}]`
    if (!Array.isArray(rings) || rings.length === 0) {
      return `${where} must be a non-empty array of rings`
    }
    for (const [r, ring] of rings.entries()) {
      const problem = ringProblem(ring, `${where}[${r}]`)
      if (problem) {
        return problem
      }
    }
  }
  return null
}

function ringProblem(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring) || ring.length < 4) {
    return `${where} must have at least 4 positions (a closed ring of 3 corners)`
  }
  for (const [i, position] of ring.entries()) {
    if (!Array.isArray(position) || position.length < 2 || !position.slice(0, 2).every((n) => typeof n === "number" && Number.isFinite(n))) {
      return `${where}[${i}] must be a [longitude, latitude] pair of numbers`
    }
    const [longitude, latitude] = position as number[]
    if (longitude < -180 || longitude > 180) {
      return `${where}[${i}] has longitude ${longitude}, outside -180..180`
    }
    if (latitude < -90 || latitude > 90) {
      return `${where}[${i}] has latitude ${latitude}, outside -90..90`
    }
  }
  const first = ring[0] as number[]
  const last = ring[ring.length - 1] as number[]
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return `${where} is not closed: its last position must repeat its first`
  }
  return null
}

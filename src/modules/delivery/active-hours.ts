/**
 * A zone's active hours: per weekday, ranges of local "HH:MM" times in the
 * zone's timezone, `{ "mon": [["08:00", "23:00"]] }`. A day that is missing is
 * closed; `null` hours mean always open. A range whose end is before its start
 * runs past midnight into the next day ("20:00"–"02:00").
 */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export type ActiveHours = Partial<Record<Weekday, [string, string][]>>

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The weekday and minute of the day at `now` in `timezone`. */
export function localTime(now: Date, timezone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  const day = part("weekday").toLowerCase().slice(0, 3) as Weekday
  return { day, minute: Number(part("hour")) * 60 + Number(part("minute")) }
}

export function isWithinActiveHours(hours: ActiveHours | null | undefined, timezone: string, now: Date): boolean {
  if (!hours) {
    return true
  }
  const { day, minute } = localTime(now, timezone)
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7]
  const today = (hours[day] ?? []).some(([start, end]) => {
    const [from, to] = [minutesOf(start), minutesOf(end)]
    return to > from ? minute >= from && minute < to : minute >= from
  })
  const fromYesterday = (hours[yesterday] ?? []).some(([start, end]) => minutesOf(end) <= minutesOf(start) && minute < minutesOf(end))
  return today || fromYesterday
}

export function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone })
    return true
  } catch {
    return false
  }
}

/** What is wrong with active hours, naming the day and range, or null. */
export function activeHoursProblem(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return `active_hours must be an object of weekdays (${WEEKDAYS.join(", ")}) to lists of ["HH:MM", "HH:MM"] ranges`
  }
  for (const [day, ranges] of Object.entries(value as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      return `active_hours.${day} is not a weekday; use ${WEEKDAYS.join(", ")}`
    }
    if (!Array.isArray(ranges)) {
      return `active_hours.${day} must be a list of ["HH:MM", "HH:MM"] ranges`
    }
    for (const [i, range] of ranges.entries()) {
      if (!Array.isArray(range) || range.length !== 2 || !range.every((time) => typeof time === "string" && TIME.test(time))) {
        return `active_hours.${day}[${i}] must be a ["HH:MM", "HH:MM"] range of 24-hour times`
      }
      if (range[0] === range[1]) {
        return `active_hours.${day}[${i}] starts and ends at ${range[0]}; it would never be open`
      }
    }
  }
  return null
}

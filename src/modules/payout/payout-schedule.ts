import { parseExpression } from "cron-parser"

/** Weekly, on Monday at 06:00 (server time), unless PAYOUT_SCHEDULE says otherwise. */
export const DEFAULT_PAYOUT_SCHEDULE = "0 6 * * 1"

/** When the payout job runs next after `now`. */
export function nextPayoutRun(schedule: string, now: Date = new Date()): Date {
  return parseExpression(schedule, { currentDate: now }).next().toDate()
}

/** Whether a cron expression can be read (PAYOUT_SCHEDULE is checked at boot). */
export function isCronExpression(schedule: string): boolean {
  try {
    parseExpression(schedule)
    return schedule.trim().split(/\s+/).length >= 5
  } catch {
    return false
  }
}

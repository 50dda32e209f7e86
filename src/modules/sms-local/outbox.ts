export type OutboxSms = { to: string; text: string; template: string | null; sent_at: Date }

// Kept on globalThis so the server and a test in the same process read one outbox,
// however many times the module is loaded.
const OUTBOX_KEY = Symbol.for("daraa.sms-local.outbox")
const FAILURE_KEY = Symbol.for("daraa.sms-local.failure")
const holder = globalThis as unknown as { [OUTBOX_KEY]?: OutboxSms[]; [FAILURE_KEY]?: LocalSmsFailure | null }

/** The messages the local SMS provider has "sent" in this process, oldest first. */
export function smsOutbox(): OutboxSms[] {
  holder[OUTBOX_KEY] ??= []
  return holder[OUTBOX_KEY]!
}

export function clearSmsOutbox(): void {
  smsOutbox().length = 0
}

/** An outage of the local provider: every send to `to` (or to any number without `to`) throws `message`. */
export type LocalSmsFailure = { to?: string; message: string }

/**
 * For tests: makes the local SMS provider fail as a real one would, until called
 * with `null`. Only code in the server's own process can call it (no route,
 * option or variable reaches it), and the provider ignores it in production.
 */
export function failLocalSms(failure: LocalSmsFailure | null): void {
  holder[FAILURE_KEY] = failure
}

/** The failure the local provider should raise for an SMS to `to`, if any. */
export function localSmsFailureFor(to: string): LocalSmsFailure | null {
  const failure = holder[FAILURE_KEY]
  if (!failure || process.env.NODE_ENV === "production") {
    return null
  }
  return !failure.to || failure.to === to ? failure : null
}

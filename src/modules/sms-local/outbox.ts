export type OutboxSms = { to: string; text: string; template: string | null; sent_at: Date }

// Kept on globalThis so the server and a test in the same process read one outbox,
// however many times the module is loaded.
const OUTBOX_KEY = Symbol.for("daraa.sms-local.outbox")
const holder = globalThis as unknown as { [OUTBOX_KEY]?: OutboxSms[] }

/** The messages the local SMS provider has "sent" in this process, oldest first. */
export function smsOutbox(): OutboxSms[] {
  holder[OUTBOX_KEY] ??= []
  return holder[OUTBOX_KEY]!
}

export function clearSmsOutbox(): void {
  smsOutbox().length = 0
}

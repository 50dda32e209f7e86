import type { Locale } from "../constants"

/** What every channel needs: a title (push, feed, email subject) and a body (SMS, push, feed, email). */
export type RenderedMessage = { title: string; body: string }

export type LocalizedTemplate<Data> = Record<Locale, (data: Data) => RenderedMessage>

/** An order reference as customers and vendors see it: its display number when known. */
export function orderLabel(data: { display_id?: number | string | null; id?: string }): string {
  return data.display_id !== undefined && data.display_id !== null ? `#${data.display_id}` : data.id ?? ""
}

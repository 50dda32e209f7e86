import http from "http"

export type SseEvent = { id?: string; event: string; data: any }

/**
 * A client of a Server-Sent Events stream as a browser's EventSource is: a
 * plain GET with only `Accept` and, on reconnection, `Last-Event-ID`.
 */
export function openEventStream(url: string, headers: Record<string, string> = {}) {
  const events: SseEvent[] = []
  const waiters: (() => void)[] = []
  let buffer = ""
  let ended = false
  let request: http.ClientRequest
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request = http.get(url, { headers: { accept: "text/event-stream", ...headers } }, (res) => {
      res.setEncoding("utf8")
      res.on("data", (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event: SseEvent = { event: "message", data: "" }
          let data: string[] = []
          for (const line of block.split("\n")) {
            const [field, ...rest] = line.split(": ")
            const value = rest.join(": ")
            if (field === "id") event.id = value
            else if (field === "event") event.event = value
            else if (field === "data") data.push(value)
          }
          if (!data.length) continue
          event.data = JSON.parse(data.join("\n"))
          events.push(event)
          waiters.splice(0).forEach((wake) => wake())
        }
      })
      res.on("end", () => {
        ended = true
        waiters.splice(0).forEach((wake) => wake())
      })
      resolve(res)
    })
    request.on("error", (error) => (ended ? undefined : reject(error)))
  })
  return {
    events,
    response,
    get ended() {
      return ended
    },
    /** Resolves once `count` events matching `match` arrived (or the stream ended). */
    async waitFor(match: (event: SseEvent) => boolean, count = 1, timeoutMs = 10_000): Promise<SseEvent[]> {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = events.filter(match)
        if (found.length >= count || ended) return found
        if (Date.now() > deadline) throw new Error(`Timed out waiting for events; got ${JSON.stringify(events)}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 100)
        })
      }
    },
    close() {
      request.destroy()
    },
  }
}

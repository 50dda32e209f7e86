/**
 * Subscribers run after the request that emitted the event has answered, so
 * tests read until what they wait for shows up, for at most `timeoutMs`.
 */
export async function eventually<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value)) {
    if (Date.now() > deadline) {
      throw new Error(`Still waiting for ${what}; last read: ${JSON.stringify(value)?.slice(0, 2000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

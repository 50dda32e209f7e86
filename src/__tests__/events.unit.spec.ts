import fs from "fs"
import path from "path"
import { DaraaEvents } from "../events"

/** Every `.ts` file under a folder of src. */
function sources(folder: string): string[] {
  const root = path.join(__dirname, "..", folder)
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && entry.name !== "__tests__") {
        walk(full)
      } else if (entry.isFile() && entry.name.endsWith(".ts")) {
        found.push(full)
      }
    }
  }
  walk(root)
  return found
}

describe("Daraa's events", () => {
  const daraaNames = new Set<string>(Object.values(DaraaEvents))
  const prefixes = [...new Set([...daraaNames].map((name) => name.split(".")[0]))]

  it("are named through src/events.ts by every emitter and subscriber, never by a string literal", () => {
    const literal = /\b(?:event|eventName)\s*:\s*["'`]([a-z_]+\.[a-z_.]+)["'`]/g
    const offenders: string[] = []
    for (const file of [...sources("subscribers"), ...sources("workflows"), ...sources("jobs"), ...sources("api")]) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(literal)) {
        if (prefixes.includes(match[1].split(".")[0])) {
          offenders.push(`${path.relative(path.join(__dirname, "..", ".."), file)}: ${match[1]}`)
        }
      }
    }
    expect(offenders).toEqual([])
  })

  it("have unique names", () => {
    expect(daraaNames.size).toEqual(Object.values(DaraaEvents).length)
  })
})

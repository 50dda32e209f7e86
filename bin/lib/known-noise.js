"use strict"

/**
 * Lines that a healthy start prints and a newcomer reads as errors. The
 * launcher drops them from what it shows and from its logs, and says what the
 * first two meant once, in plain words (see ./mode.js). Each rule says where
 * the line comes from, so it can go when its source is fixed.
 */

const MEDUSA_NOISE = [
  {
    // @medusajs/framework's config loader, three times per Medusa process when
    // projectConfig.redisUrl is unset. Sessions then live in memory; nothing is faked.
    line: /redisUrl not found\. A fake redis instance will be used\./,
  },
  {
    // @medusajs/event-bus-local's loader, on every start without REDIS_URL.
    // Kept in production, where it is advice worth reading.
    line: /Local Event Bus installed\. This is not recommended for production\./,
    development: true,
  },
  {
    // pg 8.23 warns when one client is handed a second query before the first
    // ends: Medusa's product category repository counts siblings in parallel
    // inside one transaction when several categories are created at once (the
    // demo seed does). pg still queues the queries; it stops doing so in pg 9.
    // The next line is Node's hint about --trace-deprecation, said with the first warning.
    line: /DeprecationWarning: Calling client\.query\(\) when the client is already executing a query/,
    next: /^\(Use `node --trace-deprecation/,
  },
]

const POSTGRES_NOISE = [
  {
    // Medusa's migrations run `SET LOCAL search_path` outside the migration's
    // transaction (@medusajs/utils custom-db-migrator, @medusajs/link-modules),
    // where PostgreSQL ignores it with a warning: once per migration and link table.
    line: /WARNING: {1,2}SET LOCAL can only be used in transaction blocks/,
  },
]

/** The rules for Medusa's output: the event bus advice stays in production. */
function medusaNoise({ production }) {
  return MEDUSA_NOISE.filter((rule) => !(production && rule.development))
}

/**
 * A filter for one output stream: `push` takes chunks as they come and gives
 * back the complete lines to keep; `end` gives back an unfinished last line.
 */
function createLineFilter(rules) {
  let partial = ""
  let hint = null

  function keep(line) {
    const expected = hint
    hint = null
    if (expected && expected.test(line)) {
      return false
    }
    const rule = rules.find((candidate) => candidate.line.test(line))
    if (!rule) {
      return true
    }
    hint = rule.next ?? null
    return false
  }

  return {
    push(chunk) {
      const lines = (partial + chunk).split("\n")
      partial = lines.pop()
      return lines
        .filter(keep)
        .map((line) => `${line}\n`)
        .join("")
    },
    end() {
      const rest = partial
      partial = ""
      return rest && keep(rest) ? rest : ""
    },
  }
}

/** Copies `source` (a child's stdout or stderr) to `write` without the noise lines. */
function pipeWithoutNoise(source, write, rules) {
  const filter = createLineFilter(rules)
  source.setEncoding("utf8")
  source.on("data", (chunk) => {
    const kept = filter.push(chunk)
    if (kept) {
      write(kept)
    }
  })
  source.on("end", () => {
    const rest = filter.end()
    if (rest) {
      write(rest)
    }
  })
}

module.exports = { medusaNoise, POSTGRES_NOISE, createLineFilter, pipeWithoutNoise }

"use strict"

/**
 * The one line that says how the server runs, in place of Medusa's
 * "redisUrl not found" and "Local Event Bus installed" lines.
 */

function redisTarget(url) {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname || "localhost"}:${parsed.port || 6379}`
  } catch {
    return "REDIS_URL"
  }
}

const WORKER_MODES = {
  shared: "",
  server: ", as an HTTP-only server (MEDUSA_WORKER_MODE=server)",
  worker: ", as a worker for subscribers, jobs and workflows (MEDUSA_WORKER_MODE=worker)",
}

/** `database` says where the data is, e.g. "the embedded PostgreSQL" or "PostgreSQL at db:5432". */
function describeMode({ database, redisUrl, workerMode = "shared" }) {
  const shared = redisUrl
    ? `events, workflows, cache and locks in Redis at ${redisTarget(redisUrl)}`
    : "events, workflows, cache, locks and sessions in this process (set REDIS_URL to share them through Redis)"
  return `running on ${database}, with ${shared}${WORKER_MODES[workerMode] ?? ""}`
}

module.exports = { describeMode }

"use strict"

/**
 * More servers beside the one `npm run bench` started, on the same database
 * (a second instance, or the same app with other settings), and their memory.
 */

const fs = require("fs")
const { spawn } = require("child_process")
const { MEDUSA_CLI, tail, waitForHealth, withServerHeapLimit } = require("../../bin/lib/medusa")

/** Resident memory of a process, in MB (Linux). */
function residentMb(pid) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))
    return line ? Math.round(Number(line.replace(/\D+/g, "")) / 1024) : null
  } catch {
    return null
  }
}

async function startServer(context, env, port) {
  const output = fs.openSync(context.log, "a")
  const child = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(port)], { cwd: context.root, env: withServerHeapLimit(env), stdio: ["ignore", output, output] })
  if (!(await waitForHealth(port, child))) {
    child.kill("SIGKILL")
    throw new Error(`a server on port ${port} did not start; see ${context.log}\n${tail(context.log, 30)}`)
  }
  return child
}

function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve()
    child.once("exit", resolve)
    child.kill("SIGTERM")
    setTimeout(() => child.kill("SIGKILL"), 15000).unref()
  })
}

module.exports = { residentMb, startServer, stop }

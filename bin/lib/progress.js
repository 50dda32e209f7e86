"use strict"

/**
 * The launcher's progress lines. A first start spends a minute or more before
 * the server answers, so each set-up step says what it is doing when it
 * starts and how long it took when it ends, on the same line:
 *
 *   daraa │ applying migrations and syncing links … done in 38 s
 */

const { performance } = require("perf_hooks")

/** "0.4 s" and "4.1 s" under ten seconds, "61 s" above: what a reader wants to compare. */
function formatDuration(milliseconds) {
  const seconds = milliseconds / 1000
  return seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`
}

/**
 * `write` takes text without a trailing newline added; `now` counts
 * milliseconds since the launcher's process started, so the total includes
 * Node's own start.
 */
function createProgress({ write, prefix = "daraa │ ", now = () => performance.now() }) {
  let open = false

  const say = (text) => write(`${prefix}${text}\n`)

  /**
   * Runs one step. `done` words the end of the line from the step's result and
   * its duration: "done in 38 s" by default.
   */
  async function step(label, run, done = (result, duration) => `done in ${duration}`) {
    const started = now()
    write(`${prefix}${label} … `)
    open = true
    let result
    try {
      result = await run()
    } catch (error) {
      if (open) {
        write(`failed after ${formatDuration(now() - started)}\n`)
        open = false
      }
      throw error
    }
    // After Ctrl-C the line is already closed; the step's end is no news.
    if (open) {
      write(`${done(result, formatDuration(now() - started))}\n`)
      open = false
    }
    return result
  }

  /** Ends a line left open by a step that was interrupted (Ctrl-C), so the shell's prompt starts clean. */
  function interrupt() {
    if (open) {
      write("stopped\n")
      open = false
    }
  }

  return {
    say,
    step,
    interrupt,
    /** Time since the launcher started, for "ready in 61 s". */
    elapsed: () => formatDuration(now()),
  }
}

module.exports = { createProgress, formatDuration }

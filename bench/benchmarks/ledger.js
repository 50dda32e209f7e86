"use strict"

/**
 * How many balanced ledger transactions per second `postTransaction` writes,
 * against a baseline measured in the same run: a database transaction that
 * inserts one row, through the same pool. At 1, 10 and 50 concurrent writers:
 *
 * - distinct: each writer posts between its own two accounts (no contention);
 * - hot: every writer debits the same customer wallet (its row lock serialises them).
 *
 * Then the lost-update check: the hot wallet lost exactly what was debited and
 * GET /admin/ledger/check's invariants hold. Runs in-process with
 * `medusa exec bench/ledger-postings.ts` on the bench database.
 */

const fs = require("fs")
const os = require("os")
const path = require("path")
const { runMedusa } = require("../../bin/lib/medusa")

const WRITERS = [1, 10, 50]
const GOAL_PER_SECOND = 500

async function postInProcess(context, options) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-bench-ledger-"))
  const input = path.join(directory, "options.json")
  const output = path.join(directory, "results.json")
  try {
    fs.writeFileSync(input, JSON.stringify({ writers: WRITERS, seconds: options.duration, warm_up_seconds: 2 }))
    await runMedusa(["exec", path.join("bench", "ledger-postings.ts"), input, output], { cwd: context.root, env: context.env, logTo: context.log })
    return JSON.parse(fs.readFileSync(output, "utf8"))
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}

function printThroughput({ runs, lost_updates }) {
  const rate = (run) => run.transactions / run.seconds
  const find = (kind, writers) => runs.find((run) => run.kind === kind && run.writers === writers)
  process.stdout.write("\nwriters   baseline tx/s   distinct tx/s (× baseline)   hot account tx/s (× baseline)\n")
  for (const writers of WRITERS) {
    const base = rate(find("baseline", writers))
    const cells = ["distinct", "hot"].map((kind) => {
      const run = find(kind, writers)
      const perSecond = rate(run)
      const refused = run.refused ? `, ${run.refused} refused` : ""
      return `${perSecond.toFixed(0).padStart(7)} (×${(perSecond / base).toFixed(2)}${refused})`.padEnd(30)
    })
    process.stdout.write(`${String(writers).padStart(7)}   ${base.toFixed(0).padStart(13)}   ${cells.join("")}\n`)
  }
  const slowest = Math.min(...runs.filter((run) => run.kind !== "baseline").map(rate))
  process.stdout.write(
    `\nslowest ledger run: ${slowest.toFixed(0)} tx/s   goal ≥ ${GOAL_PER_SECOND} tx/s: ${slowest >= GOAL_PER_SECOND ? "met" : "MISSED"}\n`
  )
  const { expected, actual, debited, ledger_ok } = lost_updates
  const held = expected === actual && ledger_ok
  process.stdout.write(
    `lost-update check: ${debited} debits of 1 on the hot wallet, balance ${actual} (expected ${expected}), ledger invariants ${ledger_ok ? "hold" : "BROKEN"}: ${held ? "ok" : "FAILED"}\n`
  )
  if (!held) {
    throw new Error(`the ledger lost updates or broke an invariant: ${JSON.stringify(lost_updates)}`)
  }
}

module.exports = {
  name: "ledger",
  description: "balanced ledger postings per second at 1, 10 and 50 writers",
  async run(context, options) {
    process.stdout.write(`bench: posting for ${options.duration}s per run, in-process with medusa exec\n`)
    const results = await postInProcess(context, options)
    printThroughput(results)
    // Latency of each transaction, beside the one-row baseline at the same concurrency.
    return results.runs.map((run) => ({
      name: `${run.kind}-${run.writers}`,
      description:
        run.kind === "baseline"
          ? `one-row insert in its own database transaction, ${run.writers} writer(s)`
          : `${run.kind === "hot" ? "debit of one hot customer wallet" : "posting between a writer's own accounts"}, ${run.writers} writer(s)`,
      samples: run.latencies,
      baseline: run.kind === "baseline" ? undefined : `baseline-${run.writers}`,
    }))
  },
}

import fs from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../src/modules/wallet"
import { platformAccount, type PostTransactionInput } from "../src/modules/wallet/ledger-types"
import type WalletModuleService from "../src/modules/wallet/service"

/**
 * Bench only, run by bench/benchmarks/ledger.js:
 * `medusa exec bench/ledger-postings.ts <options.json> <results.json>`.
 *
 * For each number of concurrent writers, for `seconds` each:
 * - baseline: a database transaction that inserts one row, through the same pool;
 * - distinct: balanced postings, each writer between its own two accounts;
 * - hot: debits of 1 from one customer wallet, each to the writer's own account.
 * Then the lost-update check: the hot wallet lost exactly what was debited, and
 * every ledger invariant holds.
 */
type Options = { writers: number[]; seconds: number; warm_up_seconds: number }
type Kind = "baseline" | "distinct" | "hot"
type Run = { kind: Kind; writers: number; transactions: number; refused: number; seconds: number; latencies: number[] }

const HOT_WALLET = "bench_hot"
const HOT_START = 100_000_000

export default async function timeLedgerPostings({ container, args }: ExecArgs) {
  const [optionsPath, outputPath] = args
  const options = JSON.parse(fs.readFileSync(optionsPath, "utf8")) as Options
  const wallet = container.resolve<WalletModuleService>(WALLET_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  await knex.raw(`create table if not exists ledger_bench_baseline (id bigserial primary key, writer int not null, created_at timestamptz not null default now())`)

  let sequence = 0
  const key = () => `bench:${process.pid}:${++sequence}`
  const transfer = (from: any, to: any, amount: number): PostTransactionInput => ({
    type: "adjustment",
    reference_type: "bench",
    reference_id: "bench",
    idempotency_key: key(),
    entries: [
      { ...from, amount: -amount },
      { ...to, amount },
    ],
  })
  const own = (writer: number, side: string) => ({ owner_type: "vendor" as const, owner_id: `bench_${side}_${writer}`, currency_code: "syp" })
  const hot = { owner_type: "customer" as const, owner_id: HOT_WALLET, currency_code: "syp" }

  const operations: Record<Kind, (writer: number) => Promise<unknown>> = {
    baseline: (writer) => knex.transaction((trx: any) => trx.raw(`insert into ledger_bench_baseline (writer) values (?)`, [writer])),
    distinct: (writer) => wallet.postTransaction(transfer(own(writer, "from"), own(writer, "to"), 1)),
    hot: (writer) => wallet.postTransaction(transfer(hot, own(writer, "hot"), 1)),
  }

  async function measure(kind: Kind, writers: number, seconds: number): Promise<Run> {
    const latencies: number[] = []
    let refused = 0
    const started = performance.now()
    const until = started + seconds * 1000
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        while (performance.now() < until) {
          const begun = performance.now()
          try {
            await operations[kind](writer)
            latencies.push(performance.now() - begun)
          } catch {
            refused += 1
          }
        }
      })
    )
    const elapsed = (performance.now() - started) / 1000
    return { kind, writers, transactions: latencies.length, refused, seconds: elapsed, latencies }
  }

  await wallet.postTransaction(transfer(platformAccount("clearing", "syp"), hot, HOT_START))
  // Warm up JIT, pools and every writer's accounts, so that account creation is not timed.
  for (const kind of ["baseline", "distinct", "hot"] as Kind[]) {
    await measure(kind, Math.max(...options.writers), options.warm_up_seconds)
  }
  const hotBefore = (await wallet.walletOf(hot)).balance

  const runs: Run[] = []
  for (const writers of options.writers) {
    // Kinds interleaved, so that drift of a shared machine hits them alike.
    for (const kind of ["baseline", "distinct", "hot"] as Kind[]) {
      runs.push(await measure(kind, writers, options.seconds))
    }
  }

  const debited = runs.filter((run) => run.kind === "hot").reduce((sum, run) => sum + run.transactions, 0)
  const hotAfter = (await wallet.walletOf(hot)).balance
  const check = await wallet.checkLedger()
  fs.writeFileSync(
    outputPath,
    JSON.stringify({
      runs,
      lost_updates: { expected: hotBefore - debited, actual: hotAfter, debited, ledger_ok: check.ok, failed_checks: check.checks.filter((c) => !c.ok) },
    })
  )
}

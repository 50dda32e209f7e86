import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import path from "path"

/**
 * Several Daraa processes on one PostgreSQL database and one Redis, as
 * docs/deployment.md runs them: `medusa start` with MEDUSA_WORKER_MODE
 * `server` or `worker`.
 */

export const ROOT = path.resolve(__dirname, "..", "..")
/* eslint-disable @typescript-eslint/no-var-requires */
const { query } = require("../../bin/lib/database")
const { MEDUSA_CLI, waitForHealth } = require("../../bin/lib/medusa")
export const { freePort }: { freePort: () => Promise<number> } = require("../../bin/lib/embedded-postgres")
/* eslint-enable @typescript-eslint/no-var-requires */

export type Instance = { name: string; base: string; pid: number; output: () => string; stop: () => Promise<void> }

export function databaseUrl(database: string): string {
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME || "postgres")}${process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""}`
  return `postgres://${credentials}@${process.env.DB_HOST || "127.0.0.1"}:${process.env.DB_PORT || "5432"}/${database}`
}

export async function sql(database: string, text: string, params: unknown[] = []): Promise<any[]> {
  return await query(databaseUrl(database), text, params)
}

/** The environment every instance shares; only MEDUSA_WORKER_MODE and PORT differ. */
export function sharedEnvironment(database: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl(database),
    ADMIN_DISABLED: "true",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...extra,
  }
  delete env.TEST_TYPE
  delete env.PORT
  return env
}

/** One Medusa command to its end (migrations, the seed), its output in the log. */
export async function medusa(args: string[], env: NodeJS.ProcessEnv, log: string): Promise<void> {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] })
  const out = fs.createWriteStream(log, { flags: "a" })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve))
  if (code !== 0) {
    throw new Error(`medusa ${args.join(" ")} failed (exit ${code}); see ${log}`)
  }
}

/** `medusa start` in the given mode, answering /health. */
export async function startInstance(name: string, mode: "server" | "worker", env: NodeJS.ProcessEnv, log: string): Promise<Instance> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let output = ""
  const child: ChildProcess = spawn(process.execPath, [MEDUSA_CLI, "start", "--port", String(port)], {
    cwd: ROOT,
    env: { ...env, MEDUSA_WORKER_MODE: mode, PORT: String(port) },
    detached: true,
  })
  const out = fs.createWriteStream(log, { flags: "a" })
  const keep = (chunk: Buffer) => {
    output += chunk
    out.write(chunk)
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve))
      try {
        process.kill(-child.pid!, "SIGTERM")
      } catch {
        return
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {
        // gone
      }
    }
  }
  if (!(await waitForHealth(port, child, { timeoutMs: 5 * 60 * 1000 }))) {
    await stop()
    throw new Error(`${name} (${mode}) did not start:\n${output.slice(-3000)}`)
  }
  return { name, base, pid: child.pid!, output: () => output, stop }
}

import { startServer } from "../helpers/browser-server"

/**
 * One `npm start` server for every browser spec file: starting it (migrations,
 * the demo seed, the dashboard's build) is most of the suite's time. The specs
 * find it through DARAA_BROWSER_BASE (they run in band, in this process).
 */
export default async function setup(): Promise<void> {
  const started = Date.now()
  const { base, pid } = await startServer("suite")
  process.env.DARAA_BROWSER_BASE = base
  process.env.DARAA_BROWSER_SERVER_PID = String(pid)
  process.stdout.write(`\nbrowser suite: one server for all specs at ${base}, up in ${Math.round((Date.now() - started) / 1000)} s\n`)
}

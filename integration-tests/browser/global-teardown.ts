import { stopServer } from "../helpers/browser-server"

export default async function teardown(): Promise<void> {
  const pid = Number(process.env.DARAA_BROWSER_SERVER_PID)
  if (pid) {
    await stopServer(pid)
  }
}

import fs from "fs"
import path from "path"
import { SCREENSHOTS, startBrowserServer, type BrowserServer } from "../helpers/browser-server"

/**
 * The dashboard pages of delivery, payouts and loyalty open in Chromium on the
 * demo marketplace with their data, and raise no error in the page.
 * Screenshots are kept in .data/screenshots.
 */

jest.setTimeout(15 * 60 * 1000)

describe("the delivery, payout and loyalty pages", () => {
  let server: BrowserServer

  beforeAll(async () => {
    server = await startBrowserServer("pages")
  })
  afterAll(async () => {
    await server?.stop()
  })

  const pages: [string, string, string][] = [
    ["delivery-zones", "Delivery zones", "Daraa city"],
    ["deliveries", "Deliveries", "Deliveries"],
    ["payouts", "Payouts", "Payouts"],
    ["loyalty", "Loyalty", "Gold"],
  ]

  it.each(pages)("opens /app/%s with its title and data, without errors", async (route, title, content) => {
    const page = await server.browser.newPage({ viewport: { width: 1440, height: 1200 } })
    const errors: string[] = []
    page.on("pageerror", (error) => errors.push(error.message))
    await server.signIn(page)
    await page.goto(`${server.base}/app/${route}`, { waitUntil: "domcontentloaded", timeout: 3 * 60 * 1000 })
    await page.getByRole("heading", { name: title }).first().waitFor({ timeout: 3 * 60 * 1000 })
    await page.getByText(content).first().waitFor({ timeout: 60 * 1000 })
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, `admin-${route}.png`), fullPage: true })
    expect(errors).toEqual([])
    await page.close()
  })
})

import fs from "fs"
import path from "path"
import type { Page } from "playwright-core"
import { SCREENSHOTS, startBrowserServer, type BrowserServer } from "../helpers/browser-server"

/**
 * The audit log, the security page and the role panel of Medusa's user page,
 * in a real browser, on a server started with `npm start` and the demo seed.
 * Screenshots are kept in .data/screenshots.
 */

jest.setTimeout(15 * 60 * 1000)

describe("the admin access pages", () => {
  let server: BrowserServer

  beforeAll(async () => {
    server = await startBrowserServer("access")
  })
  afterAll(async () => {
    await server?.stop()
  })

  async function openPage(): Promise<{ page: Page; pageErrors: string[] }> {
    const page = await server.browser.newPage({ viewport: { width: 1440, height: 1800 } })
    const pageErrors: string[] = []
    page.on("pageerror", (error) => pageErrors.push(error.message))
    await server.signIn(page)
    return { page, pageErrors }
  }

  const shot = async (page: Page, name: string) => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true })
  }

  it("lists an admin's changes in the audit log, filters them by target and shows what changed", async () => {
    const headers = await server.adminHeaders()
    const name = `Audited rule ${Date.now()}`
    const { commission_rule } = await server.call("POST", "/admin/commission-rules", { name, percent_rate: 7 }, headers)
    await server.call("POST", `/admin/commission-rules/${commission_rule.id}`, { percent_rate: 9 }, headers)

    const { page, pageErrors } = await openPage()
    await page.goto(`${server.base}/app/audit-log`, { waitUntil: "domcontentloaded", timeout: 3 * 60 * 1000 })
    await page.getByTestId("daraa-audit-row").first().waitFor({ timeout: 3 * 60 * 1000 })
    await page.getByTestId("daraa-audit-filter-target_id").fill(commission_rule.id)
    await page.getByTestId("daraa-audit-apply").click()
    const rows = page.getByTestId("daraa-audit-row")
    // The unfiltered list may already show this rule's rows: wait until the filter has narrowed it.
    for (const deadline = Date.now() + 60 * 1000; Date.now() < deadline; await page.waitForTimeout(250)) {
      const texts = await rows.allInnerTexts()
      if (texts.length && texts.every((text) => text.includes(commission_rule.id))) {
        break
      }
    }
    await rows.filter({ hasText: "POST /admin/commission-rules/:id" }).waitFor({ timeout: 60 * 1000 })
    expect(await rows.count()).toEqual(2)
    for (const text of await rows.allInnerTexts()) {
      expect(text).toContain(commission_rule.id)
    }
    await rows.filter({ hasText: "POST /admin/commission-rules/:id" }).getByTestId("daraa-audit-open").click()
    const drawer = page.getByRole("dialog")
    await drawer.getByText("percent_rate", { exact: true }).waitFor({ timeout: 60 * 1000 })
    const changes = await drawer.innerText()
    expect(changes).toMatch(/percent_rate\s+7\s+9/)
    await shot(page, "admin-audit-log.png")
    expect(pageErrors).toEqual([])
  })

  it("blocks and unblocks an address from the security page", async () => {
    const { page, pageErrors } = await openPage()
    await page.goto(`${server.base}/app/security`, { waitUntil: "domcontentloaded", timeout: 3 * 60 * 1000 })
    await page.getByTestId("daraa-ip-block-ip").fill("198.51.100.0/24", { timeout: 3 * 60 * 1000 })
    await page.getByTestId("daraa-ip-block-add").click()
    const row = page.getByTestId("daraa-ip-block-row").filter({ hasText: "198.51.100.0/24" })
    await row.waitFor({ timeout: 60 * 1000 })
    const { ip_blocks } = await server.call("GET", "/admin/ip-blocks", undefined, await server.adminHeaders())
    expect(ip_blocks.map((block: any) => block.cidr)).toEqual(["198.51.100.0/24"])
    await shot(page, "admin-security.png")

    await row.getByRole("button", { name: "Unblock" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Unblock" }).click()
    await row.waitFor({ state: "detached", timeout: 60 * 1000 })
    expect((await server.call("GET", "/admin/ip-blocks", undefined, await server.adminHeaders())).count).toEqual(0)
    expect(pageErrors).toEqual([])
  })

  it("shows the demo admin's role on Medusa's user page", async () => {
    const { user } = await server.call("GET", "/admin/users/me", undefined, await server.adminHeaders())
    const { page, pageErrors } = await openPage()
    await page.goto(`${server.base}/app/settings/users/${user.id}`, { waitUntil: "domcontentloaded", timeout: 3 * 60 * 1000 })
    await page.getByTestId("daraa-user-role-current").waitFor({ timeout: 3 * 60 * 1000 })
    expect(await page.getByTestId("daraa-user-role-current").innerText()).toEqual("Super admin")
    await shot(page, "admin-user-role.png")
    expect(pageErrors).toEqual([])
  })
})

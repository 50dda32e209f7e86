import { readdirSync, readFileSync } from "fs"
import { join } from "path"
import resources from "../../i18n"
import { ADMIN_ROLES, SECURITY_EVENT_TYPES } from "../access-admin"
import { COURIER_DOCUMENT_TYPES, COURIER_STATUSES, COURIER_VEHICLES } from "../courier-admin"
import { VENDOR_STATUSES } from "../vendor-admin"
import { OWNER_TYPES } from "../wallet-admin"

/** Every key, as "a.b.c", of a nested translation object; plural forms count as their base key. */
function keysOf(value: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner && typeof inner === "object" ? keysOf(inner as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`]
  )
}

describe("the dashboard labels in English and Arabic", () => {
  it("has every English label in Arabic and nothing more, in Daraa's own namespace", () => {
    expect(Object.keys(resources)).toEqual(["en", "ar"])
    const english = [...new Set(keysOf(resources.en.daraa))].sort()
    const arabic = [...new Set(keysOf(resources.ar.daraa))].sort()
    expect(arabic).toEqual(english)
    expect(english).toEqual(expect.arrayContaining(["menu.vendors", "menu.couriers", "menu.commissions", "menu.orderGroups", "orderGroups.count"]))
  })

  it("keeps each interpolation of the English label in the Arabic one", () => {
    const flat = (value: Record<string, unknown>, prefix = ""): [string, string][] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner && typeof inner === "object" ? flat(inner as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, String(inner)]]
      )
    const arabic = new Map(flat(resources.ar.daraa))
    for (const [key, text] of flat(resources.en.daraa)) {
      for (const variable of text.match(/{{\w+}}/g) ?? []) {
        // Arabic's one and two forms spell the number out.
        if (!/_(one|two)$/.test(key)) {
          expect([key, arabic.get(key)]).toEqual([key, expect.stringContaining(variable)])
        }
      }
    }
  })
})

/** Every file of src/admin, with its path, but the tests. */
function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : sourceFiles(path)
    }
    return /\.tsx?$/.test(entry.name) ? [{ path, text: readFileSync(path, "utf8") }] : []
  })
}

const flatten = (value: Record<string, unknown>, prefix = ""): [string, string][] =>
  Object.entries(value).flatMap(([key, inner]) =>
    inner && typeof inner === "object" ? flatten(inner as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, String(inner)]]
  )

describe("the labels Daraa's screens use", () => {
  const english = new Map(flatten(resources.en.daraa))
  const arabic = new Map(flatten(resources.ar.daraa))
  const has = (key: string) => english.has(key) || english.has(`${key}_one`) || english.has(`${key}_other`)
  const files = sourceFiles(join(__dirname, "..", ".."))

  it("has no empty label in either language", () => {
    for (const [language, labels] of [["en", english], ["ar", arabic]] as const) {
      for (const [key, text] of labels) {
        expect([language, key, text.trim().length > 0]).toEqual([language, key, true])
      }
    }
  })

  it("writes Arabic wherever the English label has words", () => {
    for (const [key, text] of english) {
      if (/[A-Za-z]{2,}/.test(text.replace(/{{\w+}}/g, ""))) {
        expect([key, /[\u0600-\u06FF]/.test(arabic.get(key) ?? "")]).toEqual([key, true])
      }
    }
  })

  it("finds in en.json every key the pages, widgets and label functions look up", () => {
    const used = new Set<string>()
    const sections = new Set<string>()
    for (const { text } of files) {
      // t("a.b"), t("a.b", { … }); the audit filters' and the sidebar's labels are keys too.
      for (const match of text.matchAll(/\bt\(\s*"([\w.]+)"/g)) used.add(match[1])
      for (const match of text.matchAll(/\blabel: "(\w+\.\w+)"/g)) used.add(match[1])
      // t(`vendorStatus.${status}`): the section must exist; its keys are checked below.
      for (const match of text.matchAll(/\bt\(\s*`(\w+)\.\$\{/g)) sections.add(match[1])
    }
    expect(used.size).toBeGreaterThan(150)
    expect([...used].filter((key) => !has(key))).toEqual([])
    expect([...sections].filter((section) => !(section in resources.en.daraa))).toEqual([])
  })

  it("labels every value of the lists the screens translate", () => {
    const expectKeys = (section: string, values: readonly string[]) =>
      expect(values.filter((value) => !has(`${section}.${value}`)).map((value) => `${section}.${value}`)).toEqual([])
    expectKeys("vendorStatusLabel", VENDOR_STATUSES)
    expectKeys("vendorStatusLabel", COURIER_STATUSES)
    expectKeys("courierActionTitle", ["approve", "reject", "suspend", "reinstate"])
    expectKeys("courierAvailability", ["online", "offline"])
    expectKeys("vehicle", COURIER_VEHICLES)
    expectKeys("courierDocument", COURIER_DOCUMENT_TYPES)
    expectKeys("vendorAction", ["approve", "reject", "suspend", "reinstate"])
    expectKeys("vendorPast", ["approve", "reject", "suspend", "reinstate"])
    expectKeys("vendorActionTitle", ["approve", "reject", "suspend", "reinstate"])
    expectKeys("vendorStatus", ["pending", "accepted", "preparing", "ready_for_pickup", "out_for_delivery", "delivered", "rejected", "cancelled"])
    expectKeys("actors", ["vendor", "customer", "admin", "system"])
    expectKeys("ownerType", OWNER_TYPES)
    expectKeys("roles", ADMIN_ROLES)
    expectKeys("roleAbout", ADMIN_ROLES)
    expectKeys("securityEvent", SECURITY_EVENT_TYPES)
  })

  it("puts every sidebar entry of Daraa in the admin's language", () => {
    const routes = files.filter(({ path }) => /routes\/[\w-]+\/page\.tsx$/.test(path))
    expect(routes.length).toBeGreaterThanOrEqual(6)
    for (const { path, text } of routes) {
      expect([path, /translationNs: "daraa"/.test(text)]).toEqual([path, true])
    }
  })

  it("leaves no English sentence written into a page or a widget", () => {
    for (const { path, text } of files.filter(({ path }) => path.endsWith(".tsx"))) {
      // Text between tags, and the props a person reads.
      const written = [
        ...[...text.matchAll(/>\s*([A-Za-z][A-Za-z ,.'’:;!?()-]*[a-z][A-Za-z ,.'’:;!?()-]*)\s*</g)].map((match) => match[1]),
        ...[...text.matchAll(/\b(?:placeholder|label|title|empty)="([^"]*[a-z]{2}[^"]*)"/g)].map((match) => match[1]),
        ...[...text.matchAll(/toast\.\w+\(\s*["`]([^"`]+)/g)].map((match) => match[1]),
      ].filter((words) => !/^\w+(\.\w+)+$/.test(words.trim())) // `fetch<T>(…)` generics, not text
      expect([path, written]).toEqual([path, []])
    }
  })
})

import resources from "../../i18n"

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
    expect(english).toEqual(expect.arrayContaining(["menu.vendors", "menu.commissions", "menu.orderGroups", "orderGroups.count"]))
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

const { adminLanguages, keepLanguages } = require("../dashboard-languages")

const chunk = [
  'import { x } from "./a.mjs";',
  "var de_default = {",
  '  general: { ok: "OK", nested: "a };" }',
  "};",
  "var en_default = {",
  '  general: { ok: "OK" }',
  "};",
  "var ar_default = {",
  '  general: { ok: "حسناً" }',
  "};",
  "var ptBR_default = {",
  '  general: { ok: "OK" }',
  "};",
  "var translations_default = { de: { translation: de_default }, en: { translation: en_default } };",
  "",
].join("\n")

describe("the built dashboard's languages", () => {
  it("reads ADMIN_LANGUAGES: English and Arabic by default, all, or a list that always has English", () => {
    expect(adminLanguages(undefined)).toEqual(["en", "ar"])
    expect(adminLanguages("all")).toBeNull()
    expect(adminLanguages("ar, fr")).toEqual(["en", "ar", "fr"])
    expect(() => adminLanguages("en,arabic")).toThrow('ADMIN_LANGUAGES must list dashboard language keys such as "en,ar" (or "all"), not "arabic".')
  })

  it("empties the other languages' label tables and keeps the rest of the chunk as it was", () => {
    const trimmed = keepLanguages(chunk, ["en", "ar"])
    expect(trimmed).toContain("var de_default = {\n};")
    expect(trimmed).toContain("var ptBR_default = {\n};")
    expect(trimmed).toContain('var en_default = {\n  general: { ok: "OK" }\n};')
    expect(trimmed).toContain('ok: "حسناً"')
    expect(trimmed).toContain("var translations_default = {")
    expect(trimmed.startsWith('import { x } from "./a.mjs";')).toBe(true)
    // What is left still parses.
    expect(() => new Function(trimmed.replace(/^import .*$/m, ""))).not.toThrow()
  })

  it("leaves a module without the label tables alone", () => {
    expect(keepLanguages("var de_default = {\n};\n", ["en"])).toEqual("var de_default = {\n};\n")
  })
})

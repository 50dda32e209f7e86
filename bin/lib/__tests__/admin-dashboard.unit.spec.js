const fs = require("fs")
const os = require("os")
const path = require("path")
const { dashboardFingerprint, dashboardState, FINGERPRINT_FILE } = require("../admin-dashboard")

/** A throwaway project with a src/admin and a lockfile. */
function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-dashboard-"))
  fs.mkdirSync(path.join(root, "src", "admin", "routes"), { recursive: true })
  fs.mkdirSync(path.join(root, "src", "api"), { recursive: true })
  fs.writeFileSync(path.join(root, "src", "admin", "routes", "page.tsx"), "export default () => null\n")
  fs.writeFileSync(path.join(root, "src", "api", "route.ts"), "export const GET = 1\n")
  fs.writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n')
  return root
}

const admin = { path: "/app" }

describe("the prebuilt dashboard's fingerprint", () => {
  it("changes with src/admin, the lockfile and the options baked into the bundle, and nothing else", () => {
    const root = project()
    const first = dashboardFingerprint({ root, admin, env: {} })
    expect(dashboardFingerprint({ root, admin, env: { DATABASE_URL: "postgres://elsewhere" } })).toEqual(first)
    fs.writeFileSync(path.join(root, "src", "api", "route.ts"), "export const GET = 2\n")
    expect(dashboardFingerprint({ root, admin, env: {} })).toEqual(first)

    fs.writeFileSync(path.join(root, "src", "admin", "routes", "page.tsx"), "export default () => 1\n")
    const edited = dashboardFingerprint({ root, admin, env: {} })
    expect(edited).not.toEqual(first)
    fs.writeFileSync(path.join(root, "src", "admin", "routes", "other.tsx"), "export default () => 1\n")
    const added = dashboardFingerprint({ root, admin, env: {} })
    expect(added).not.toEqual(edited)
    fs.writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3,"packages":{}}\n')
    const locked = dashboardFingerprint({ root, admin, env: {} })
    expect(locked).not.toEqual(added)
    expect(dashboardFingerprint({ root, admin: { ...admin, backendUrl: "https://api.example.com" }, env: {} })).not.toEqual(locked)
    expect(dashboardFingerprint({ root, admin, env: { PLUGIN_FOO: "1" } })).not.toEqual(locked)
    expect(dashboardFingerprint({ root, admin, env: { ADMIN_AUTH_TYPE: "jwt" } })).not.toEqual(locked)
  })

  it("asks for a build when there is none, a half one, or one of other sources, and not when it is current", () => {
    const root = project()
    const dir = path.join(root, ".data", "admin", "dashboard")
    expect(dashboardState({ root, dir, admin, env: {} }).reason).toEqual("no build yet")

    const { fingerprint } = dashboardState({ root, dir, admin, env: {} })
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, FINGERPRINT_FILE), JSON.stringify({ fingerprint }))
    // No index.html: an incomplete build is no build.
    expect(dashboardState({ root, dir, admin, env: {} }).reason).toEqual("no build yet")
    fs.writeFileSync(path.join(dir, "index.html"), "<html></html>")
    expect(dashboardState({ root, dir, admin, env: {} })).toEqual({ fingerprint, reason: null })

    fs.writeFileSync(path.join(root, "src", "admin", "routes", "page.tsx"), "export default () => 2\n")
    expect(dashboardState({ root, dir, admin, env: {} }).reason).toEqual("src/admin, the lockfile or the admin settings changed")
  })
})

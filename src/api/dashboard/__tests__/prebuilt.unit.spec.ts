import fs from "fs"
import os from "os"
import path from "path"
import { builtFile } from "../prebuilt"

describe("builtFile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-built-"))
  fs.mkdirSync(path.join(dir, "assets"))
  fs.writeFileSync(path.join(dir, "assets", "index-abc.js"), "1")
  fs.writeFileSync(path.join(dir, "index.html"), "<html></html>")
  fs.writeFileSync(path.join(os.tmpdir(), "daraa-built-secret.txt"), "secret")

  it("finds the build's assets", () => {
    expect(builtFile(dir, "/assets/index-abc.js")).toEqual(path.join(dir, "assets", "index-abc.js"))
    expect(builtFile(dir, "/assets/index%2Dabc.js")).toEqual(path.join(dir, "assets", "index-abc.js"))
  })

  it("leaves the dashboard's pages, index.html itself and missing files to index.html", () => {
    expect(builtFile(dir, "/")).toBeNull()
    expect(builtFile(dir, "/orders/order_123")).toBeNull()
    expect(builtFile(dir, "/index.html")).toBeNull()
    expect(builtFile(dir, "/assets/missing.js")).toBeNull()
    expect(builtFile(dir, "/assets")).toBeNull()
  })

  it("never answers a file outside the build", () => {
    expect(builtFile(dir, "/../daraa-built-secret.txt")).toBeNull()
    expect(builtFile(dir, "/%2e%2e/daraa-built-secret.txt")).toBeNull()
    expect(builtFile(dir, "/assets/..%2F..%2Fdaraa-built-secret.txt")).toBeNull()
    expect(builtFile(dir, "/%E0%A4%A")).toBeNull()
  })
})

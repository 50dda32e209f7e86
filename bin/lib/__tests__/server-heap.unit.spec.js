const { DEFAULT_SERVER_HEAP_MB, withServerHeapLimit } = require("../medusa")

describe("the server's heap limit", () => {
  it("limits the heap of `medusa start` to 512 MB by default, beside any other Node option", () => {
    expect(withServerHeapLimit({}).NODE_OPTIONS).toEqual(`--max-old-space-size=${DEFAULT_SERVER_HEAP_MB}`)
    expect(DEFAULT_SERVER_HEAP_MB).toEqual(512)
    expect(withServerHeapLimit({ NODE_OPTIONS: "--enable-source-maps" }).NODE_OPTIONS).toEqual("--enable-source-maps --max-old-space-size=512")
  })

  it("takes SERVER_MAX_HEAP_MB, keeps a limit NODE_OPTIONS already sets, and 0 keeps Node's own", () => {
    expect(withServerHeapLimit({ SERVER_MAX_HEAP_MB: "1024" }).NODE_OPTIONS).toEqual("--max-old-space-size=1024")
    expect(withServerHeapLimit({ NODE_OPTIONS: "--max-old-space-size=300", SERVER_MAX_HEAP_MB: "1024" }).NODE_OPTIONS).toEqual("--max-old-space-size=300")
    expect(withServerHeapLimit({ SERVER_MAX_HEAP_MB: "0" }).NODE_OPTIONS).toBeUndefined()
  })

  it("refuses a limit that is not a whole number of megabytes, naming the setting", () => {
    for (const value of ["lots", "-5", "1.5", "64"]) {
      expect(() => withServerHeapLimit({ SERVER_MAX_HEAP_MB: value })).toThrow(/SERVER_MAX_HEAP_MB must be a whole number of megabytes/)
    }
  })
})

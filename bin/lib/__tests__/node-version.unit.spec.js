const { satisfies, nodeVersionProblem } = require("../node-version")
const { engines } = require("../../../package.json")

describe("satisfies", () => {
  it("reads >= as this version or any later one", () => {
    expect(satisfies("v22.22.0", ">=22.22.0")).toBe(true)
    expect(satisfies("v24.1.0", ">=22.22.0")).toBe(true)
    expect(satisfies("v22.21.9", ">=22.22.0")).toBe(false)
  })

  it("reads ^ as this version or a later one of the same major", () => {
    expect(satisfies("v20.20.0", "^20.20.0")).toBe(true)
    expect(satisfies("v20.25.3", "^20.20.0")).toBe(true)
    expect(satisfies("v20.19.5", "^20.20.0")).toBe(false)
    expect(satisfies("v21.0.0", "^20.20.0")).toBe(false)
  })

  it("accepts any of the ranges joined by ||", () => {
    expect(satisfies("v20.20.2", "^20.20.0 || >=22.22.0")).toBe(true)
    expect(satisfies("v22.22.0", "^20.20.0 || >=22.22.0")).toBe(true)
    expect(satisfies("v22.15.0", "^20.20.0 || >=22.22.0")).toBe(false)
  })

  it("fills missing minor and patch numbers with zeros", () => {
    expect(satisfies("v20.19.0", ">=20.19")).toBe(true)
    expect(satisfies("v20.18.9", ">=20.19")).toBe(false)
  })

  it("refuses a range it cannot read rather than guessing", () => {
    expect(() => satisfies("v20.20.0", "~20.20")).toThrow(/Cannot read the Node.js range "~20.20"/)
  })
})

describe("nodeVersionProblem", () => {
  it("is one sentence naming the needed and the running version when Node is too old", () => {
    const problem = nodeVersionProblem("^20.20.0 || >=22.22.0", "v18.19.1")
    expect(problem).toEqual(
      "Daraa needs Node.js ^20.20.0 || >=22.22.0 (engines in package.json), but this is Node.js v18.19.1; install a supported Node.js and run npm install again."
    )
    expect(problem.split(/\.\s/)).toHaveLength(1)
  })

  it("is null for a supported version", () => {
    expect(nodeVersionProblem("^20.20.0 || >=22.22.0", "v20.20.2")).toBeNull()
  })

  it("accepts the Node running these tests against package.json's own engines", () => {
    // CI runs on the Node the README promises; if this fails, engines, README and CI disagree.
    expect(nodeVersionProblem(engines.node, process.version)).toBeNull()
  })

  it("reads package.json's engines, which the README states in words", () => {
    expect(engines.node).toEqual("^20.20.0 || >=22.22.0")
    expect(nodeVersionProblem(engines.node, "v20.19.0")).toMatch(/^Daraa needs Node\.js/)
    expect(nodeVersionProblem(engines.node, "v22.21.0")).toMatch(/^Daraa needs Node\.js/)
  })
})

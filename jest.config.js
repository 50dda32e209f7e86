const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/**
 * One config, several suites, chosen by TEST_TYPE (bin/test.js runs them in turn):
 *   unit                  pure functions, no database
 *   integration:modules   custom modules through moduleIntegrationTestRunner
 *   integration:http      the app through its HTTP API (medusaIntegrationTestRunner)
 *   integration:redis     the app on Redis; only when REDIS_URL is set
 *   integration:browser   Medusa's admin dashboard in Chromium, on a server started with `npm start`
 */
const suites = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/bin/**/__tests__/**/*.unit.spec.js"],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  "integration:redis": ["<rootDir>/integration-tests/redis/**/*.spec.[jt]s"],
  "integration:browser": ["<rootDir>/integration-tests/browser/**/*.spec.[jt]s"],
}

const testType = process.env.TEST_TYPE || "unit"
if (!suites[testType]) {
  throw new Error(`TEST_TYPE must be one of ${Object.keys(suites).join(", ")}`)
}

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  // Jest's Node environment, telling the setup file which spec it prepares.
  testEnvironment: "<rootDir>/integration-tests/environment.js",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.data/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: suites[testType],
  testPathIgnorePatterns: testType === "unit" ? ["/node_modules/"] : ["/node_modules/", "\\.unit\\.spec\\."],
  // Longest HTTP specs first, by the timings in integration-tests/spec-durations.json.
  ...(testType === "integration:http" ? { testSequencer: "<rootDir>/integration-tests/sequencer.js" } : {}),
  // The browser specs share one `npm start` server (integration-tests/browser/global-setup.ts).
  ...(testType === "integration:browser"
    ? {
        globalSetup: "<rootDir>/integration-tests/browser/global-setup.ts",
        globalTeardown: "<rootDir>/integration-tests/browser/global-teardown.ts",
      }
    : {}),
}

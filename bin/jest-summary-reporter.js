"use strict"

/**
 * Writes how many tests passed and failed, and which failed with the start of
 * their error, to the file named by DARAA_TEST_SUMMARY, for bin/test.js's
 * closing lines. Jest's own --json output cannot be used: it fails on errors
 * with circular references, such as an HTTP client's error, and then nothing
 * is counted.
 */

// Enough of an error to name it; the whole of it is in jest's own output above.
const ERROR_LINES = 12

const plain = (text) => String(text).replace(/\u001b\[[0-9;]*m/g, "")

function firstLines(message) {
  return plain(message)
    .split("\n")
    .filter((line) => line.trim() && !/^\s+at .*(node_modules|node:internal|<anonymous>)/.test(line))
    .slice(0, ERROR_LINES)
    .join("\n")
}

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.DARAA_TEST_SUMMARY
    if (!file) {
      return
    }
    const failures = []
    for (const suite of results.testResults) {
      const spec = require("path").relative(process.cwd(), suite.testFilePath)
      if (suite.testExecError || (suite.failureMessage && !suite.testResults.some((test) => test.status === "failed"))) {
        failures.push({ spec, test: "(the spec itself)", error: firstLines(suite.testExecError?.message ?? suite.failureMessage) })
      }
      for (const test of suite.testResults) {
        if (test.status === "failed") {
          failures.push({ spec, test: test.fullName, error: firstLines(test.failureMessages.join("\n")) })
        }
      }
    }
    require("fs").writeFileSync(
      file,
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests,
        brokenSuites: results.numRuntimeErrorTestSuites,
        failures,
      })
    )
  }
}

module.exports = SummaryReporter

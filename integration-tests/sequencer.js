"use strict"

const fs = require("fs")
const path = require("path")
const Sequencer = require("@jest/test-sequencer").default

/**
 * HTTP specs run three at a time, and the suite lasts as long as its slowest
 * worker. Jest starts the spec files it timed in an earlier run longest first,
 * but a clean clone (CI) has no such timings and starts the biggest files
 * first, which left a 7-minute spec to start near the end. The seconds in
 * spec-durations.json (a quiet CI run; update them when specs grow) give the
 * order when jest has none of its own: longest first, unknown files after the
 * known ones of their size.
 */
const DURATIONS = JSON.parse(fs.readFileSync(path.join(__dirname, "spec-durations.json"), "utf8"))

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      const known = DURATIONS[path.relative(path.join(__dirname, ".."), test.path).split(path.sep).join("/")]
      if (typeof known === "number") {
        return known
      }
      // Unknown: about a second of run time per kilobyte of spec, as the known ones take.
      try {
        return fs.statSync(test.path).size / 1000
      } catch {
        return 0
      }
    }
    return [...tests].sort((a, b) => seconds(b) - seconds(a))
  }
}

module.exports = LongestFirstSequencer

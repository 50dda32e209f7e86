"use strict"

/**
 * The launcher's first check: the running Node.js against `engines.node` in
 * package.json. It uses nothing but Node itself, so that it still runs, and
 * says what is wrong, on a Node too old for the rest of the launcher.
 *
 * Ranges are the forms package.json uses: "^20.20.0", ">=22.22.0", "20.20.0",
 * joined by "||".
 */

function parseVersion(text) {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(String(text).trim())
  if (!match) {
    return null
  }
  return [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)]
}

function compare(left, right) {
  for (let index = 0; index < 3; index++) {
    if (left[index] !== right[index]) {
      return left[index] - right[index]
    }
  }
  return 0
}

/** Whether `version` meets one comparator such as "^20.20.0" or ">=22.22". */
function meets(version, comparator) {
  const match = /^(\^|>=|=)?\s*(.+)$/.exec(comparator.trim())
  const bound = match && parseVersion(match[2])
  if (!bound) {
    throw new Error(`Cannot read the Node.js range "${comparator}" in package.json engines.`)
  }
  const operator = match[1] || "="
  if (operator === ">=") {
    return compare(version, bound) >= 0
  }
  if (operator === "^") {
    return version[0] === bound[0] && compare(version, bound) >= 0
  }
  return compare(version, bound) === 0
}

function satisfies(version, range) {
  const parsed = parseVersion(version)
  if (!parsed) {
    throw new Error(`Cannot read the Node.js version "${version}".`)
  }
  return range.split("||").some((comparator) => meets(parsed, comparator))
}

/** One sentence when `version` is outside `range`, or null when it is fine. */
function nodeVersionProblem(range, version = process.version) {
  if (!range || satisfies(version, range)) {
    return null
  }
  return (
    `Daraa needs Node.js ${range} (engines in package.json), but this is Node.js ${version.replace(/^v?/, "v")}; ` +
    `install a supported Node.js and run npm install again.`
  )
}

module.exports = { satisfies, nodeVersionProblem }

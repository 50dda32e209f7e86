"use strict"

/**
 * A configuration problem the user can fix. The launcher prints its message,
 * one sentence that names the variable, and exits without a stack trace.
 */
class ConfigurationError extends Error {
  constructor(message) {
    super(message)
    this.name = "ConfigurationError"
  }
}

module.exports = { ConfigurationError }

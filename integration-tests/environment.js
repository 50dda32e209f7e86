const { TestEnvironment } = require("jest-environment-node")

/**
 * Jest's Node environment, telling `integration-tests/setup.js` which spec it
 * is preparing (setup files are not told otherwise), so that it can copy the
 * spec's database from the template with the demo marketplace already seeded.
 */
class DaraaTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    this.global.__DARAA_SPEC_PATH__ = context.testPath
  }
}

module.exports = DaraaTestEnvironment

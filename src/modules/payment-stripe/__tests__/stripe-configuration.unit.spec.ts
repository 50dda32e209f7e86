import { spawnSync } from "child_process"
import path from "path"

jest.setTimeout(60 * 1000)

const ROOT = path.resolve(__dirname, "../../../..")
const STRIPE_VARIABLES = ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE_URL"]

/**
 * Loads medusa-config.ts in a fresh process, as the server does, with the
 * given Stripe variables (the others empty, so no .env file fills them in),
 * and returns the payment providers it registers and what it printed.
 */
function loadConfig(stripe: Partial<Record<(typeof STRIPE_VARIABLES)[number], string>>) {
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "development" }
  delete env.DARAA_CONFIG_CHECK
  for (const name of STRIPE_VARIABLES) {
    env[name] = stripe[name] ?? ""
  }
  const script = `
    require("ts-node").register({ transpileOnly: true })
    const config = require("./medusa-config.ts")
    process.stdout.write("PROVIDERS " + JSON.stringify(config.modules.payment.options.providers) + "\\n")
  `
  const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, env, encoding: "utf8", timeout: 50 * 1000 })
  const lines = result.stdout.split("\n")
  const providers = lines.find((line) => line.startsWith("PROVIDERS "))
  return {
    status: result.status,
    stderr: result.stderr.trim(),
    stripeLines: lines.filter((line) => /stripe/i.test(line) && !line.startsWith("PROVIDERS ")),
    providers: providers ? (JSON.parse(providers.slice("PROVIDERS ".length)) as { resolve: string; id: string; options: any }[]) : null,
  }
}

describe("Stripe cards in medusa-config.ts", () => {
  it("registers no Stripe provider without STRIPE_API_KEY, and says so in one line", () => {
    const result = loadConfig({})
    expect(result.status).toEqual(0)
    expect(result.providers!.filter((provider) => provider.id === "stripe")).toEqual([])
    expect(result.stripeLines).toEqual(["Card payments through Stripe is off: STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET are not set."])
  })

  it("registers the card provider, authorising only, with the key, the webhook secret and the API origin", () => {
    const result = loadConfig({ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1", STRIPE_API_BASE_URL: "http://localhost:12111" })
    expect(result.status).toEqual(0)
    expect(result.stripeLines).toEqual([])
    expect(result.providers!.filter((provider) => provider.id === "stripe")).toEqual([
      {
        resolve: "./src/modules/payment-stripe",
        id: "stripe",
        options: { apiKey: "sk_test_1", webhookSecret: "whsec_1", capture: false, apiBaseUrl: "http://localhost:12111" },
      },
    ])
  })

  it.each([
    [{ STRIPE_API_KEY: "sk_test_1" }, "STRIPE_WEBHOOK_SECRET"],
    [{ STRIPE_WEBHOOK_SECRET: "whsec_1" }, "STRIPE_API_KEY"],
    [{ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1", STRIPE_API_BASE_URL: "localhost:12111" }, "STRIPE_API_BASE_URL"],
  ])("stops the boot with one sentence naming what is wrong (%j)", (stripe, named) => {
    const result = loadConfig(stripe)
    expect(result.status).toEqual(1)
    expect(result.providers).toBeNull()
    expect(result.stderr.split("\n")).toHaveLength(1)
    expect(result.stderr).toMatch(new RegExp(`^Configuration error: ${named} .*\\.$`))
  })
})

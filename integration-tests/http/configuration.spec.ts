import { spawnSync } from "child_process"
import path from "path"

jest.setTimeout(60 * 1000)

const LAUNCHER = path.resolve(__dirname, "../../bin/daraa.js")

/** Boots `npm start` with the given environment and returns how it stopped. */
function boot(env: Record<string, string>) {
  const clean = { ...process.env }
  for (const name of ["DATABASE_URL", "JWT_SECRET", "COOKIE_SECRET", "MEDUSA_WORKER_MODE", "REDIS_URL"]) {
    delete clean[name]
  }
  const result = spawnSync(process.execPath, [LAUNCHER, "start"], {
    env: { ...clean, NODE_ENV: "development", ...env },
    encoding: "utf8",
    timeout: 45 * 1000,
  })
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() }
}

function expectOneSentence(stderr: string, variable: string) {
  const lines = stderr.split("\n")
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^Configuration error: .*${variable}.*\\.$`))
  expect(stderr).not.toMatch(/\n\s+at /)
}

describe("a bad configuration stops the boot with one sentence", () => {
  it("names JWT_SECRET when production has none", () => {
    const result = boot({ NODE_ENV: "production", COOKIE_SECRET: "cookie" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "JWT_SECRET")
  })

  it("names COOKIE_SECRET when production has none", () => {
    const result = boot({ NODE_ENV: "production", JWT_SECRET: "jwt" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "COOKIE_SECRET")
  })

  it("names DATABASE_URL when its server cannot be reached", () => {
    const result = boot({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/daraa" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "DATABASE_URL")
    expect(result.stderr).toContain("127.0.0.1:1")
  })

  it("names DATABASE_URL when it is not a PostgreSQL URL", () => {
    const result = boot({ DATABASE_URL: "mysql://root@localhost/daraa" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "DATABASE_URL")
  })

  it("names MEDUSA_WORKER_MODE when it is not a known mode", () => {
    const result = boot({ MEDUSA_WORKER_MODE: "everything" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "MEDUSA_WORKER_MODE")
  })

  it("names VENDOR_DELIVERY_FEE when it is not a list of currency:amount pairs", () => {
    const result = boot({ VENDOR_DELIVERY_FEE: "one hundred" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "VENDOR_DELIVERY_FEE")
  })

  it("names NOMINATIM_URL when it is not an http(s) URL", () => {
    const result = boot({ NOMINATIM_URL: "nominatim.local" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "NOMINATIM_URL")
  })

  it("names COURIER_FEE_SHARE when it is not a fraction from 0 to 1", () => {
    const result = boot({ COURIER_FEE_SHARE: "80%" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "COURIER_FEE_SHARE")
  })

  it("names STRIPE_WEBHOOK_SECRET when STRIPE_API_KEY comes without it", () => {
    const result = boot({ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "STRIPE_WEBHOOK_SECRET")
  })

  it("names PAYOUT_ENCRYPTION_KEY when production has none, and each payout setting that cannot be read", () => {
    const production = boot({ NODE_ENV: "production", JWT_SECRET: "jwt", COOKIE_SECRET: "cookie", PAYOUT_ENCRYPTION_KEY: "" })
    expect(production.status).toEqual(1)
    expectOneSentence(production.stderr, "PAYOUT_ENCRYPTION_KEY")
    for (const [name, value] of [
      ["PAYOUT_ENCRYPTION_KEY", "short"],
      ["PAYOUT_SCHEDULE", "every monday"],
      ["PAYOUT_MINIMUM", "ten dollars"],
    ]) {
      const result = boot({ [name]: value })
      expect(result.status).toEqual(1)
      expectOneSentence(result.stderr, name)
    }
  })

  it("names PORT when it is not a port", () => {
    const result = boot({ PORT: "nine-thousand" })
    expect(result.status).toEqual(1)
    expectOneSentence(result.stderr, "PORT")
  })
})

describe("the launcher's database check", () => {
  // Plain JavaScript, shared with the launcher.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { ensureDatabase, query } = require("../../bin/lib/database")
  const credentials = `${encodeURIComponent(process.env.DB_USERNAME || "postgres")}${
    process.env.DB_PASSWORD ? `:${encodeURIComponent(process.env.DB_PASSWORD)}` : ""
  }`
  const server = `postgres://${credentials}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || "5432"}`

  it("creates a missing database once, found through pg_database on the next start", async () => {
    const name = `daraa_check_${process.pid}`
    const dropIt = () => query(`${server}/postgres`, `DROP DATABASE IF EXISTS "${name}"`)
    await dropIt()
    try {
      expect(await ensureDatabase(`${server}/${name}`)).toEqual({ created: true })
      expect(await ensureDatabase(`${server}/${name}`)).toEqual({ created: false })
      const rows = await query(`${server}/${name}`, "select current_database() as name")
      expect(rows).toEqual([{ name }])
    } finally {
      await dropIt()
    }
  })

  it("seeds again while no region offers a configured payment provider, and not once one does", async () => {
    const { paymentProvidersOffered } = require("../../bin/lib/medusa")
    const name = `daraa_offered_${process.pid}`
    const dropIt = () => query(`${server}/postgres`, `DROP DATABASE IF EXISTS "${name}"`)
    await dropIt()
    try {
      await ensureDatabase(`${server}/${name}`)
      const url = `${server}/${name}`
      // Before the first migration there is nothing to read: seed.
      expect(await paymentProvidersOffered(url, ["pp_stripe_stripe"])).toBe(false)
      await query(url, "create table region_payment_provider (region_id text, payment_provider_id text, deleted_at timestamptz)")
      await query(url, "insert into region_payment_provider values ('reg_1', 'pp_system_default', null), ('reg_1', 'pp_stripe_stripe', now())")
      expect(await paymentProvidersOffered(url, ["pp_stripe_stripe"])).toBe(false)
      await query(url, "insert into region_payment_provider values ('reg_2', 'pp_stripe_stripe', null)")
      expect(await paymentProvidersOffered(url, ["pp_stripe_stripe"])).toBe(true)
      expect(await paymentProvidersOffered(url, [])).toBe(true)
    } finally {
      await dropIt()
    }
  })
})

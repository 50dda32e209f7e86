import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { parseExpression } from "cron-parser"
import path from "path"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// Medusa's translations and store locales (GET /store/locales, `x-medusa-locale`):
// the demo catalog speaks English and Arabic (docs/demo.md). An environment
// flag, because Medusa reads it while loading its links, before featureFlags.
process.env.MEDUSA_FF_TRANSLATION ??= "true"

/**
 * Every setting Daraa reads comes from the environment, once, here.
 * The README's configuration table and `.env.template` list the same variables.
 */

// A bad configuration stops the boot with one sentence, never a stack trace.
function stopWithConfigurationError(sentence: string): never {
  process.stderr.write(`Configuration error: ${sentence}\n`)
  process.exit(1)
}

const isProduction = process.env.NODE_ENV === "production"

function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = process.env[name]
  if (value) {
    return value
  }
  if (isProduction) {
    stopWithConfigurationError(
      `${name} must be set when NODE_ENV is production; generate one with \`openssl rand -hex 32\`.`
    )
  }
  return "daraa-development-secret"
}

const WORKER_MODES = ["shared", "server", "worker"] as const
type WorkerMode = (typeof WORKER_MODES)[number]

function workerMode(): WorkerMode {
  const value = process.env.MEDUSA_WORKER_MODE || "shared"
  if (!(WORKER_MODES as readonly string[]).includes(value)) {
    stopWithConfigurationError(
      `MEDUSA_WORKER_MODE must be one of ${WORKER_MODES.join(", ")}, not "${value}".`
    )
  }
  return value as WorkerMode
}

const redisUrl = process.env.REDIS_URL || undefined
const mode = workerMode()

// With REDIS_URL, events, workflow state, locks and cache move to Redis so that
// several server and worker instances can share them. Without it, Medusa's
// in-process defaults serve a single instance.
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

// --- Catalog cache ---------------------------------------------------------------

/** CATALOG_CACHE: "on" (the default) or "off" (every read goes to the database, as in stock Medusa). */
function catalogCacheOn(): boolean {
  const raw = (process.env.CATALOG_CACHE ?? "on").trim().toLowerCase()
  if (!["on", "off"].includes(raw)) {
    stopWithConfigurationError(`CATALOG_CACHE must be "on" or "off", not "${process.env.CATALOG_CACHE}".`)
  }
  return raw === "on"
}

const catalogCache = catalogCacheOn()

// Medusa's Caching Module keeps catalog responses: in Redis with REDIS_URL, so
// that every instance shares it, else in process, bounded by CACHE_MAX_ENTRIES
// and CACHE_MAX_MB. Medusa's own `caching` flag stays off: its core caches are
// cleared only after the write that changed them has answered, and a checkout
// right after a stock change then read what was true before it
// (docs/performance.md, "Catalog cache").
const cachingModules = catalogCache
  ? [
      {
        resolve: "@medusajs/medusa/caching",
        options: redisUrl
          ? {
              providers: [
                { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl, prefix: "daraa:cache:" } },
              ],
            }
          : {
              in_memory: {
                enable: true,
                maxKeys: positiveInteger("CACHE_MAX_ENTRIES", 10000),
                maxSize: positiveInteger("CACHE_MAX_MB", 256) * 1024 * 1024,
              },
            },
      },
    ]
  : []

// --- Phone OTP and notifications ---------------------------------------------

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === "") {
    return fallback
  }
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    stopWithConfigurationError(`${name} must be a positive whole number, not "${raw}".`)
  }
  return Number(raw)
}

/** All of a provider's variables, or none (the provider is then off); a partial set is an error. */
function providerVariables<Name extends string>(provider: string, names: readonly Name[]): Record<Name, string> | null {
  const present = names.filter((name) => process.env[name])
  if (present.length === 0) {
    // Said once by the server, not by the launcher's configuration check too.
    if (process.env.NODE_ENV !== "test" && process.env.DARAA_CONFIG_CHECK !== "true") {
      process.stdout.write(`${provider} is off: ${names.join(", ")} are not set.\n`)
    }
    return null
  }
  const missing = names.find((name) => !process.env[name])
  if (missing) {
    stopWithConfigurationError(`${missing} must be set with ${present.join(", ")} to use ${provider}.`)
  }
  return Object.fromEntries(names.map((name) => [name, process.env[name] as string])) as Record<Name, string>
}

const jwtSecret = secret("JWT_SECRET")
const twilio = providerVariables("SMS through Twilio", ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const)
const sendgrid = providerVariables("Email through SendGrid", ["SENDGRID_API_KEY", "SENDGRID_FROM"] as const)
const firebase = providerVariables("Push through Firebase", [
  "FIREBASE_PROJECT_ID",
  "FIREBASE_CLIENT_EMAIL",
  "FIREBASE_PRIVATE_KEY",
] as const)

const notificationProviders = [
  // Medusa's admin dashboard reads its notification feed from this channel.
  { resolve: "@medusajs/medusa/notification-local", id: "local-feed", options: { channels: ["feed"] } },
  sendgrid
    ? {
        resolve: "@medusajs/medusa/notification-sendgrid",
        id: "sendgrid",
        options: { channels: ["email"], api_key: sendgrid.SENDGRID_API_KEY, from: sendgrid.SENDGRID_FROM },
      }
    : { resolve: "@medusajs/medusa/notification-local", id: "local-email", options: { channels: ["email"] } },
  twilio
    ? {
        resolve: "./src/modules/sms-twilio",
        id: "sms-twilio",
        options: {
          channels: ["sms"],
          account_sid: twilio.TWILIO_ACCOUNT_SID,
          auth_token: twilio.TWILIO_AUTH_TOKEN,
          from: twilio.TWILIO_FROM,
          api_base_url: process.env.TWILIO_API_BASE_URL || undefined,
        },
      }
    : {
        resolve: "./src/modules/sms-local",
        id: "sms-local",
        options: { channels: ["sms"], log_text: process.env.NODE_ENV === "development" },
      },
  ...(firebase
    ? [
        {
          resolve: "./src/modules/push-firebase",
          id: "push-firebase",
          options: {
            channels: ["push"],
            project_id: firebase.FIREBASE_PROJECT_ID,
            client_email: firebase.FIREBASE_CLIENT_EMAIL,
            // Environments keep the key on one line with literal "\n".
            private_key: firebase.FIREBASE_PRIVATE_KEY.replace(/\\n/g, "\n"),
          },
        },
      ]
    : []),
]

const phoneOtpModules = [
  {
    resolve: "./src/modules/otp",
    options: {
      code_secret: jwtSecret,
      resend_cooldown_seconds: positiveInteger("PHONE_OTP_RESEND_COOLDOWN_SECONDS", 60),
      max_sends_per_phone_per_hour: positiveInteger("PHONE_OTP_MAX_SENDS_PER_PHONE_PER_HOUR", 5),
      max_sends_per_ip_per_hour: positiveInteger("PHONE_OTP_MAX_SENDS_PER_IP_PER_HOUR", 30),
      // Send and wrong-code counters in Redis when set, so every instance counts together.
      redis_url: redisUrl,
    },
  },
  {
    resolve: "@medusajs/medusa/auth",
    // The phone-otp provider keeps its codes in the otp module and sends them through notifications.
    dependencies: ["otp", "notification"],
    options: {
      providers: [
        { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
        {
          resolve: "./src/modules/phone-otp",
          id: "phone-otp",
          options: { log_codes: process.env.NODE_ENV === "development" },
        },
      ],
    },
  },
  { resolve: "@medusajs/medusa/notification", options: { providers: notificationProviders } },
  {
    resolve: "./src/modules/notification-center",
    options: { external_channels: firebase ? ["email", "sms", "push"] : ["email", "sms"] },
  },
]

/** VENDOR_DELIVERY_FEE: the flat delivery fee per currency where no delivery zone is set up in it yet, "syp:100,usd:1". */
function vendorDeliveryFees(): Record<string, number> {
  const raw = process.env.VENDOR_DELIVERY_FEE || "syp:100,usd:1"
  const fees: Record<string, number> = {}
  for (const part of raw.split(",")) {
    const [currency, amount] = part.split(":").map((piece) => piece?.trim())
    if (!/^[a-zA-Z]{3}$/.test(currency ?? "") || !/^\d+(\.\d+)?$/.test(amount ?? "")) {
      stopWithConfigurationError(`VENDOR_DELIVERY_FEE must list currency:amount pairs such as "syp:100,usd:1", not "${raw}".`)
    }
    fees[currency.toLowerCase()] = Number(amount)
  }
  return fees
}

/**
 * COURIER_CASH_LIMIT: how much a courier may owe the platform per currency
 * (cash collected and not yet handed in), "syp:500000,usd:50". A courier who
 * owes that much is offered no more cash orders; the ledger refuses any other
 * posting that would take a courier further below zero.
 */
function courierCashLimits(): Record<string, number> {
  const raw = process.env.COURIER_CASH_LIMIT || "syp:500000,usd:50"
  const limits: Record<string, number> = {}
  for (const part of raw.split(",")) {
    const [currency, amount] = part.split(":").map((piece) => piece?.trim())
    if (!/^[a-zA-Z]{3}$/.test(currency ?? "") || !/^\d+(\.\d+)?$/.test(amount ?? "")) {
      stopWithConfigurationError(`COURIER_CASH_LIMIT must list currency:amount pairs such as "syp:500000,usd:50", not "${raw}".`)
    }
    limits[currency.toLowerCase()] = Number(amount)
  }
  return limits
}

/** COURIER_FEE_SHARE: the fraction of a delivery's fee its courier earns, from 0 to 1 ("0.8"). */
function courierFeeShare(): number {
  const raw = process.env.COURIER_FEE_SHARE
  if (raw === undefined || raw === "") {
    return 0.8
  }
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(raw.trim())) {
    stopWithConfigurationError(`COURIER_FEE_SHARE must be a fraction from 0 to 1 such as 0.8 (the courier's share of a delivery fee), not "${raw}".`)
  }
  return Number(raw)
}

function nonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === "") {
    return fallback
  }
  if (!/^\d+$/.test(raw)) {
    stopWithConfigurationError(`${name} must be a whole number of 0 or more, not "${raw}".`)
  }
  return Number(raw)
}

/** REFUND_DESTINATION: where a refund goes when the admin does not say: the original payment method, or the wallet. */
function refundDestination(): "original" | "wallet" {
  const value = process.env.REFUND_DESTINATION || "original"
  if (value !== "original" && value !== "wallet") {
    stopWithConfigurationError(`REFUND_DESTINATION must be "original" or "wallet", not "${value}".`)
  }
  return value
}

// --- Delivery dispatch -------------------------------------------------------------

/**
 * DELIVERY_DISPATCH_ON: the vendor order status that sends its delivery to
 * couriers: "ready" (the default: a courier comes when the goods are ready) or
 * "accepted" (the courier travels while the vendor prepares).
 */
function deliveryDispatchOn(): "accepted" | "ready" {
  const value = process.env.DELIVERY_DISPATCH_ON || "ready"
  if (value !== "accepted" && value !== "ready") {
    stopWithConfigurationError(`DELIVERY_DISPATCH_ON must be "accepted" or "ready", not "${value}".`)
  }
  return value
}

// --- Payments --------------------------------------------------------------------

function providerList(name: string, fallback: string[]): string[] {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === "") {
    return fallback
  }
  const ids = raw.split(",").map((id) => id.trim()).filter(Boolean)
  const bad = ids.find((id) => !/^pp_[\w-]+$/.test(id))
  if (bad) {
    stopWithConfigurationError(`${name} must list payment provider ids such as "pp_stripe_stripe", not "${bad}".`)
  }
  return ids
}

function capturePolicy(): "placement" | "acceptance" {
  const value = process.env.PAYMENT_CAPTURE || "placement"
  if (value !== "placement" && value !== "acceptance") {
    stopWithConfigurationError(`PAYMENT_CAPTURE must be "placement" or "acceptance", not "${value}".`)
  }
  return value
}

const captureRules = {
  policy: capturePolicy(),
  multi_capture_providers: providerList("PAYMENT_MULTI_CAPTURE_PROVIDERS", ["pp_system_default"]),
  on_delivery_providers: providerList("PAYMENT_ON_DELIVERY_PROVIDERS", ["pp_cod_cod"]),
}

/** STRIPE_API_BASE_URL: another origin for Stripe's API, for tests and self-hosted mocks only. */
function stripeApiBaseUrl(): string | undefined {
  const raw = process.env.STRIPE_API_BASE_URL
  if (!raw) {
    return undefined
  }
  try {
    if (!["http:", "https:"].includes(new URL(raw).protocol)) {
      throw new Error()
    }
  } catch {
    stopWithConfigurationError(`STRIPE_API_BASE_URL must be an http(s) URL such as http://localhost:12111, not "${raw}".`)
  }
  return raw
}

// Cards through Stripe: the key and the webhook's signing secret go together,
// as Medusa's provider completes a checkout from Stripe's webhook too.
const stripe = providerVariables("Card payments through Stripe", ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET"] as const)

const paymentProviders = [
  // The customer's Daraa wallet, paid through the ledger (docs/wallet.md).
  { resolve: "./src/modules/payment-wallet", id: "wallet" },
  // Cash on delivery: captured per vendor order when the cash is collected.
  { resolve: "./src/modules/payment-cod", id: "cod" },
  // Medusa's Stripe provider (`pp_stripe_stripe`, webhook at /hooks/payment/stripe_stripe).
  // Daraa captures by its own capture policy (PAYMENT_CAPTURE), so Stripe only authorises.
  ...(stripe
    ? [
        {
          resolve: "./src/modules/payment-stripe",
          id: "stripe",
          options: {
            apiKey: stripe.STRIPE_API_KEY,
            webhookSecret: stripe.STRIPE_WEBHOOK_SECRET,
            capture: false,
            apiBaseUrl: stripeApiBaseUrl(),
          },
        },
      ]
    : []),
  // Rails that only the test suite registers: a card that takes one capture and cash paid on delivery.
  ...(process.env.DARAA_TEST_PAYMENT_RAILS === "true"
    ? [
        // An absolute path: Medusa looks for relative ones under src/.
        { resolve: `${process.cwd()}/integration-tests/fixtures/test-rail`, id: "card", options: { kind: "card" } },
        { resolve: `${process.cwd()}/integration-tests/fixtures/test-rail`, id: "cash", options: { kind: "cash" } },
      ]
    : []),
]

// --- Payouts ---------------------------------------------------------------------

/** PAYOUT_MINIMUM: the smallest payout per currency, "syp:10000,usd:10"; a currency not listed pays any amount above 0. */
function payoutMinimums(): Record<string, number> {
  const raw = process.env.PAYOUT_MINIMUM || "syp:10000,usd:10"
  const minimums: Record<string, number> = {}
  for (const part of raw.split(",")) {
    const [currency, amount] = part.split(":").map((piece) => piece?.trim())
    if (!/^[a-zA-Z]{3}$/.test(currency ?? "") || !/^\d+(\.\d+)?$/.test(amount ?? "")) {
      stopWithConfigurationError(`PAYOUT_MINIMUM must list currency:amount pairs such as "syp:10000,usd:10", not "${raw}".`)
    }
    minimums[currency.toLowerCase()] = Number(amount)
  }
  return minimums
}

/** PAYOUT_SCHEDULE: when the payout job runs, a cron expression; Monday at 06:00 by default. */
function payoutSchedule(): string {
  const value = (process.env.PAYOUT_SCHEDULE || "0 6 * * 1").trim()
  let readable = /^(\S+\s+){4,5}\S+$/.test(value)
  try {
    parseExpression(value)
  } catch {
    readable = false
  }
  if (!readable) {
    stopWithConfigurationError(`PAYOUT_SCHEDULE must be a cron expression such as "0 6 * * 1" (Mondays at 06:00), not "${value}".`)
  }
  return value
}

/** PAYOUT_ENCRYPTION_KEY: the key that seals payees' bank details; required in production, a development key otherwise. */
function payoutEncryptionKey(): string {
  const value = process.env.PAYOUT_ENCRYPTION_KEY
  if (value) {
    if (value.length < 16) {
      stopWithConfigurationError("PAYOUT_ENCRYPTION_KEY must be at least 16 characters; generate one with `openssl rand -hex 32`.")
    }
    return value
  }
  if (isProduction) {
    stopWithConfigurationError("PAYOUT_ENCRYPTION_KEY must be set when NODE_ENV is production; generate one with `openssl rand -hex 32`.")
  }
  if (process.env.NODE_ENV !== "test" && process.env.DARAA_CONFIG_CHECK !== "true") {
    process.stdout.write("Payout bank details are encrypted with the development key: set PAYOUT_ENCRYPTION_KEY before storing real ones.\n")
  }
  return "daraa-development-payout-key"
}

// Stripe Connect payouts ride on the same Stripe key; their webhook endpoint has its own
// signing secret (STRIPE_PAYOUT_WEBHOOK_SECRET), the card webhook's when not set.
const stripePayouts = process.env.STRIPE_API_KEY
  ? {
      api_key: process.env.STRIPE_API_KEY,
      webhook_secret: process.env.STRIPE_PAYOUT_WEBHOOK_SECRET || process.env.STRIPE_WEBHOOK_SECRET || "",
      api_base_url: stripeApiBaseUrl(),
    }
  : null

// A function, read in `modules` below: after JWT_SECRET and COOKIE_SECRET, so a production
// boot missing several secrets names those first.
const payoutModule = () => ({
  resolve: "./src/modules/payout",
  options: {
    encryption_key: payoutEncryptionKey(),
    minimums: payoutMinimums(),
    schedule: payoutSchedule(),
    stripe: stripePayouts,
  },
})

const localOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

// --- Delivery ------------------------------------------------------------------

/** NOMINATIM_URL: a Nominatim server that places addresses sent without coordinates (docs/delivery.md). */
function nominatimUrl(): string | undefined {
  const raw = process.env.NOMINATIM_URL
  if (!raw) {
    return undefined
  }
  try {
    if (!["http:", "https:"].includes(new URL(raw).protocol)) {
      throw new Error()
    }
  } catch {
    stopWithConfigurationError(`NOMINATIM_URL must be an http(s) URL such as https://nominatim.openstreetmap.org, not "${raw}".`)
  }
  return raw
}

// Medusa's manual provider stays for options made before daraa-delivery; the
// delivery provider reads zones and vendor locations, hence the dependencies.
const fulfillmentModule = {
  resolve: "@medusajs/medusa/fulfillment",
  dependencies: ["delivery", "vendor"],
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      {
        resolve: "./src/modules/fulfillment-daraa-delivery",
        id: "daraa-delivery",
        options: {
          nominatim_url: nominatimUrl(),
          nominatim_email: process.env.NOMINATIM_EMAIL || undefined,
          fees_without_zone: vendorDeliveryFees(),
        },
      },
    ],
  },
}

// --- HTTP security -------------------------------------------------------------

/** TRUST_PROXY: how many proxies stand in front (their X-Forwarded-For is believed); 0 when serving directly. */
function trustProxyHops(): number {
  const raw = process.env.TRUST_PROXY
  if (raw === undefined || raw === "") {
    return 0
  }
  if (!/^\d+$/.test(raw)) {
    stopWithConfigurationError(`TRUST_PROXY must be the number of proxies in front of the server (0 for none), not "${raw}".`)
  }
  return Number(raw)
}

const securityModule = {
  resolve: "./src/modules/security",
  options: {
    trust_proxy: trustProxyHops(),
    vendor_cors: process.env.VENDOR_CORS || localOrigins,
    courier_cors: process.env.COURIER_CORS || localOrigins,
    login_attempts_per_identity: positiveInteger("LOGIN_MAX_ATTEMPTS_PER_IDENTITY", 10),
    login_attempts_per_ip: positiveInteger("LOGIN_MAX_ATTEMPTS_PER_IP", 100),
    login_window_seconds: positiveInteger("LOGIN_LIMIT_WINDOW_MINUTES", 15) * 60,
    // Sign-in counters in Redis when set, in the database otherwise.
    redis_url: redisUrl,
    ip_block_cache_seconds: positiveInteger("IP_BLOCK_CACHE_SECONDS", 10),
    unauthorized_per_ip: positiveInteger("UNAUTHORIZED_MAX_PER_IP", 20),
    alert_events_per_ip: positiveInteger("SECURITY_ALERT_EVENTS_PER_IP", 3),
    alert_window_seconds: positiveInteger("SECURITY_ALERT_WINDOW_MINUTES", 15) * 60,
  },
}

// --- Files -------------------------------------------------------------------

/** Where clients reach this server: MEDUSA_BACKEND_URL, or this machine on PORT. */
function backendUrl(): string {
  const raw = process.env.MEDUSA_BACKEND_URL
  if (!raw) {
    return `http://localhost:${process.env.PORT || 9000}`
  }
  try {
    const url = new URL(raw)
    if (!["http:", "https:"].includes(url.protocol)) {
      throw new Error()
    }
  } catch {
    stopWithConfigurationError(`MEDUSA_BACKEND_URL must be an http(s) URL such as https://api.example.com, not "${raw}".`)
  }
  return raw.replace(/\/+$/, "")
}

// Local storage keeps public files (product images, served by GET /files/:key
// with nosniff) apart from private ones (verification documents, served only
// through authenticated routes). Neither lives under Medusa's open /static.
const uploadDir = path.resolve(process.cwd(), process.env.FILE_UPLOAD_DIR || "uploads")
const localFiles = {
  resolve: "@medusajs/medusa/file-local",
  id: "local",
  options: {
    upload_dir: path.join(uploadDir, "public"),
    private_upload_dir: path.join(uploadDir, "private"),
    backend_url: `${backendUrl()}/files`,
  },
}

// With S3_* set, files go to a bucket: product images with a public-read ACL at
// S3_FILE_URL, verification documents with a private ACL, read back only by
// the server for the authenticated document routes.
const s3 = providerVariables("S3 file storage", [
  "S3_BUCKET",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FILE_URL",
] as const)
const s3Endpoint = process.env.S3_ENDPOINT || undefined
const s3Files = s3 && {
  resolve: "@medusajs/medusa/file-s3",
  id: "s3",
  options: {
    bucket: s3.S3_BUCKET,
    region: s3.S3_REGION,
    access_key_id: s3.S3_ACCESS_KEY_ID,
    secret_access_key: s3.S3_SECRET_ACCESS_KEY,
    file_url: s3.S3_FILE_URL.replace(/\/+$/, ""),
    prefix: process.env.S3_PREFIX || undefined,
    endpoint: s3Endpoint,
    // S3-compatible servers (MinIO, R2, …) at S3_ENDPOINT want path-style URLs
    // and checksums only where S3 requires them.
    additional_client_config: s3Endpoint
      ? { forcePathStyle: true, requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" }
      : {},
  },
}

const fileModule = {
  resolve: "@medusajs/medusa/file",
  options: { providers: [s3Files || localFiles] },
}

// --- Live tracking and routing --------------------------------------------------

/** OSRM_URL: an OSRM server for road distances and driving times; straight lines when unset. */
function osrmUrl(): string | undefined {
  const raw = process.env.OSRM_URL
  if (!raw) {
    return undefined
  }
  try {
    if (!["http:", "https:"].includes(new URL(raw).protocol)) {
      throw new Error()
    }
  } catch {
    stopWithConfigurationError(`OSRM_URL must be an http(s) URL such as http://localhost:5000, not "${raw}".`)
  }
  return raw
}

const routingModule = {
  resolve: "./src/modules/routing",
  options: { osrm_url: osrmUrl(), osrm_profile: process.env.OSRM_PROFILE || "driving" },
}

const liveTrackingModule = {
  resolve: "./src/modules/live-tracking",
  options: {
    // Fan-out across instances through Redis pub/sub when set.
    redis_url: redisUrl,
    retention_days: positiveInteger("TRACK_RETENTION_DAYS", 30),
    heartbeat_seconds: positiveInteger("TRACKING_HEARTBEAT_SECONDS", 15),
    near_meters: positiveInteger("DELIVERY_NEAR_METERS", 500),
    near_seconds: positiveInteger("DELIVERY_NEAR_MINUTES", 3) * 60,
  },
}

// ADMIN_LANGUAGES: the languages whose labels the launcher's built dashboard
// carries (bin/lib/dashboard-languages.js reads it there); checked here so a
// mistake stops the boot with one sentence.
{
  const raw = (process.env.ADMIN_LANGUAGES ?? "").trim()
  const bad = raw.toLowerCase() === "all" ? undefined : raw.split(",").map((key) => key.trim()).filter(Boolean).find((key) => !/^[a-z]{2}([A-Z]{2})?$/.test(key))
  if (bad) {
    stopWithConfigurationError(`ADMIN_LANGUAGES must list dashboard language keys such as "en,ar" (or "all"), not "${bad}".`)
  }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: mode,
    http: {
      storeCors: process.env.STORE_CORS || localOrigins,
      adminCors: process.env.ADMIN_CORS || localOrigins,
      authCors: process.env.AUTH_CORS || localOrigins,
      jwtSecret,
      cookieSecret: secret("COOKIE_SECRET"),
      // Admins sign in with a password only; the other actors may also use a phone code.
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass", "phone-otp"],
        vendor: ["emailpass", "phone-otp"],
        courier: ["emailpass", "phone-otp"],
      },
    },
  },
  admin: {
    path: "/app",
    // With DARAA_ADMIN_BUILD_DIR (set by `npm start` only) the server serves the
    // launcher's prebuilt dashboard itself (src/api/dashboard/prebuilt.ts):
    // Medusa's loader would run Vite's development server under NODE_ENV=development.
    disable: process.env.ADMIN_DISABLED === "true" || mode === "worker" || Boolean(process.env.DARAA_ADMIN_BUILD_DIR),
    backendUrl: process.env.MEDUSA_BACKEND_URL || undefined,
  },
  modules: [
    ...redisModules,
    ...phoneOtpModules,
    fileModule,
    securityModule,
    // Listed by name: Medusa picks its default modules before it reads the flag above.
    { resolve: "@medusajs/medusa/translation" },
    ...cachingModules,
    // Daraa's own modules.
    {
      resolve: "./src/modules/catalog-cache",
      options: {
        enabled: catalogCache,
        // Scope versions shared by every instance through Redis when set.
        redis_url: redisUrl,
        ttl_seconds: positiveInteger("CATALOG_CACHE_TTL_SECONDS", 300),
        max_age_seconds: positiveInteger("CATALOG_CACHE_MAX_AGE_SECONDS", 30),
        stale_while_revalidate_seconds: positiveInteger("CATALOG_CACHE_STALE_SECONDS", 60),
      },
    },
    { resolve: "./src/modules/vendor" },
    { resolve: "./src/modules/commission" },
    {
      resolve: "./src/modules/delivery",
      options: {
        dispatch_on: deliveryDispatchOn(),
        // DELIVERY_OFFER_SECONDS: how long a courier has to answer an offer before the next one is asked.
        offer_seconds: positiveInteger("DELIVERY_OFFER_SECONDS", 60),
        // DELIVERY_PROOF_ATTEMPTS: wrong proof codes a courier may enter before the delivery refuses more.
        proof_attempts: positiveInteger("DELIVERY_PROOF_ATTEMPTS", 5),
      },
    },
    fulfillmentModule,
    routingModule,
    liveTrackingModule,
    {
      resolve: "./src/modules/courier",
      // COURIER_MAX_ACTIVE_DELIVERIES: how many deliveries a new courier may carry at once.
      options: { max_active_deliveries: positiveInteger("COURIER_MAX_ACTIVE_DELIVERIES", 3) },
    },
    {
      resolve: "./src/modules/wallet",
      options: {
        courier_cash_limit: courierCashLimits(),
        vendor_hold_days: nonNegativeInteger("VENDOR_HOLD_DAYS", 7),
        refund_destination: refundDestination(),
        courier_fee_share: courierFeeShare(),
      },
    },
    payoutModule(),
    // The wallet provider posts through the ledger, so the wallet module is in the payment module's container.
    { resolve: "@medusajs/medusa/payment", dependencies: ["wallet"], options: { providers: paymentProviders } },
    {
      resolve: "./src/modules/order-group",
      options: { accept_window_minutes: positiveInteger("VENDOR_ORDER_ACCEPT_MINUTES", 15), capture: captureRules },
    },
    // Points, tiers and referrals; the programme's settings are edited by admins (docs/loyalty.md).
    { resolve: "./src/modules/loyalty" },
  ],
})

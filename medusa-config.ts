import { defineConfig, loadEnv } from "@medusajs/framework/utils"
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
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
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

/** VENDOR_DELIVERY_FEE: a new vendor's flat delivery fee per currency, "syp:100,usd:1". */
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
 * (cash collected and not yet handed in), "syp:500000,usd:50". The ledger
 * refuses a posting that would take a courier further below zero.
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

const localOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

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
    // Daraa's own modules.
    { resolve: "./src/modules/vendor", options: { delivery_fees: vendorDeliveryFees() } },
    { resolve: "./src/modules/commission" },
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
      },
    },
    // The wallet provider posts through the ledger, so the wallet module is in the payment module's container.
    { resolve: "@medusajs/medusa/payment", dependencies: ["wallet"], options: { providers: paymentProviders } },
    {
      resolve: "./src/modules/order-group",
      options: { accept_window_minutes: positiveInteger("VENDOR_ORDER_ACCEPT_MINUTES", 15), capture: captureRules },
    },
  ],
})

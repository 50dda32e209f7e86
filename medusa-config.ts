import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

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

const localOrigins = "http://localhost:8000,http://localhost:9000,http://localhost:5173"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: mode,
    http: {
      storeCors: process.env.STORE_CORS || localOrigins,
      adminCors: process.env.ADMIN_CORS || localOrigins,
      authCors: process.env.AUTH_CORS || localOrigins,
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    path: "/app",
    disable: process.env.ADMIN_DISABLED === "true" || mode === "worker",
    backendUrl: process.env.MEDUSA_BACKEND_URL || undefined,
  },
  modules: [
    ...redisModules,
    // Daraa's own modules.
    { resolve: "./src/modules/vendor" },
  ],
})

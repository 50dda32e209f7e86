"use strict"

/**
 * The admin dashboard that `npm start` serves, built once.
 *
 * Medusa's own admin loader picks Vite's development server whenever
 * NODE_ENV is "development" (a first load of /app then takes about 30 s while
 * Vite compiles the dashboard), and serves a build only from
 * `<project>/public/admin` with any other NODE_ENV. `npm start` keeps
 * NODE_ENV=development for everything else, so the launcher builds the
 * dashboard with Medusa's admin bundler into .data/admin/dashboard and the
 * server serves that folder (src/api/dashboard/prebuilt.ts), with Medusa's
 * own dev middleware switched off (medusa-config.ts, DARAA_ADMIN_BUILD_DIR).
 *
 * A fingerprint of everything the build depends on is kept beside it:
 * src/admin, the lockfile (the dashboard's own version) and the admin
 * options baked into the bundle. The next start rebuilds only when it changed.
 * .data is a dot folder, which `medusa develop`'s file watcher ignores.
 */

const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const zlib = require("zlib")
const { adminLanguages, dashboardLanguagesPlugin } = require("./dashboard-languages")
const { spawn } = require("child_process")

const FINGERPRINT_FILE = "daraa-build.json"
// Bumped when the way the dashboard is built changes, so existing builds are redone once.
const BUILD_FORMAT = 3

/** Every file under `dir`, relative to `root`, sorted, for a stable fingerprint. */
function filesUnder(root, dir) {
  const found = []
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) {
        walk(full)
      } else if (entry.isFile()) {
        found.push(path.relative(root, full).split(path.sep).join("/"))
      }
    }
  }
  if (fs.existsSync(dir)) {
    walk(dir)
  }
  return found.sort()
}

/**
 * What the bundle bakes in besides the sources: Medusa's admin options from
 * medusa-config and the environment variables the admin bundler reads.
 */
function bakedOptions(admin, env) {
  return {
    path: admin.path,
    backendUrl: admin.backendUrl ?? null,
    storefrontUrl: admin.storefrontUrl ?? null,
    maxUploadFileSize: admin.maxUploadFileSize ?? null,
    vite: admin.vite ? String(admin.vite) : null,
    env: Object.fromEntries(
      Object.keys(env)
        .filter(
          (key) => key === "ADMIN_AUTH_TYPE" || key === "ADMIN_JWT_TOKEN_STORAGE_KEY" || key === "ADMIN_LANGUAGES" || key.startsWith("PLUGIN_")
        )
        .sort()
        .map((key) => [key, env[key]])
    ),
  }
}

/** A hash of src/admin, package-lock.json and the baked-in options: the build is current while it matches. */
function dashboardFingerprint({ root, admin, env }) {
  const hash = crypto.createHash("sha256")
  hash.update(JSON.stringify({ format: BUILD_FORMAT, options: bakedOptions(admin, env) }))
  const files = [...filesUnder(root, path.join(root, "src", "admin")), "package-lock.json"]
  for (const file of files) {
    const full = path.join(root, file)
    hash.update(`\0${file}\0`)
    if (fs.existsSync(full)) {
      hash.update(fs.readFileSync(full))
    }
  }
  return hash.digest("hex")
}

/** The fingerprint the build in `dir` was made from, or null when there is no complete build. */
function builtFingerprint(dir) {
  try {
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, FINGERPRINT_FILE), "utf8"))
    return fs.existsSync(path.join(dir, "index.html")) ? recorded.fingerprint : null
  } catch {
    return null
  }
}

/**
 * Why the build in `dir` must be made (again), or null when it is current.
 * Answers the fingerprint too, for `buildDashboard` to record.
 */
function dashboardState({ root, dir, admin, env }) {
  const fingerprint = dashboardFingerprint({ root, admin, env })
  const previous = builtFingerprint(dir)
  if (previous === fingerprint) {
    return { fingerprint, reason: null }
  }
  return { fingerprint, reason: previous ? "src/admin, the lockfile or the admin settings changed" : "no build yet" }
}

/**
 * Builds into `dir`, in a child process (Vite takes ~1.5 GB for half a minute;
 * the launcher stays small), first into a sibling folder swapped in when
 * complete, so that an interrupted build never leaves a half one that looks current.
 */
async function buildDashboard({ root, dir, env, logTo, fingerprint }) {
  const staging = `${dir}.building`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  await runBuild({ root, outDir: staging, env, logTo })
  fs.writeFileSync(
    path.join(staging, FINGERPRINT_FILE),
    `${JSON.stringify({ fingerprint, built_at: new Date().toISOString() }, null, 2)}\n`
  )
  fs.rmSync(dir, { recursive: true, force: true })
  fs.renameSync(staging, dir)
}

function runBuild({ root, outDir, env, logTo }) {
  return new Promise((resolve, reject) => {
    const output = fs.openSync(logTo, "a")
    fs.writeSync(output, `\n$ build the admin dashboard into ${path.relative(root, outDir)}  (${new Date().toISOString()})\n`)
    const child = spawn(process.execPath, [__filename, "build", outDir], {
      // The admin bundler works from the project's folder (.medusa/client is its Vite root).
      cwd: root,
      // The launcher has checked the configuration already: no second round of its notes.
      env: { ...env, DARAA_CONFIG_CHECK: "true" },
      stdio: ["ignore", output, output],
    })
    child.on("error", reject)
    child.on("close", (code, signal) => {
      fs.closeSync(output)
      if (code === 0) {
        resolve()
      } else {
        reject(new Error(`building the admin dashboard failed (${signal || `exit code ${code}`})`))
      }
    })
  })
}

/**
 * The build itself, in the child process: Medusa's admin bundler with the
 * options `medusa build` gives it (compiler.buildAppFrontend), the project's
 * src/admin and its plugins' extensions.
 */
async function build(outDir) {
  const root = process.cwd()
  require("ts-node").register({ transpileOnly: true })
  const loaded = require(path.join(root, "medusa-config.ts"))
  const config = loaded.default ?? loaded
  const { getResolvedPlugins } = require("@medusajs/framework/utils")
  const plugins = await getResolvedPlugins(root, config, true)
  // After the configuration is read with the launcher's NODE_ENV: Vite takes
  // NODE_ENV before its mode, and with "development" the bundle would carry
  // React's development build (twice the size, slower, and its warnings).
  process.env.NODE_ENV = "production"
  const bundler = await import("@medusajs/admin-bundler")
  // Only the admins' languages' labels in the script (docs/dashboard.md, ADMIN_LANGUAGES).
  const languages = dashboardLanguagesPlugin(adminLanguages(process.env.ADMIN_LANGUAGES))
  await bundler.build({
    sources: plugins.filter((plugin) => plugin.admin?.type === "local").map((plugin) => plugin.admin.resolve),
    plugins: plugins.filter((plugin) => plugin.admin?.type === "package").map((plugin) => plugin.admin.resolve),
    ...config.admin,
    vite: (base) => {
      const custom = config.admin?.vite ? config.admin.vite(base) : {}
      return { ...custom, plugins: [...(custom?.plugins ?? []), languages] }
    },
    disable: false,
    outDir,
  })
  compressAssets(outDir)
}

/**
 * A `.gz` beside every text asset, compressed once here rather than on every
 * request: the dashboard's main script is 7 MB, and compressing it on the fly
 * took seconds of a first load.
 */
function compressAssets(outDir) {
  for (const file of filesUnder(outDir, outDir)) {
    if (/\.(js|mjs|css|svg|json|map|ttf|txt)$/.test(file)) {
      const full = path.join(outDir, file)
      fs.writeFileSync(`${full}.gz`, zlib.gzipSync(fs.readFileSync(full), { level: 9 }))
    }
  }
}

if (require.main === module && process.argv[2] === "build") {
  build(path.resolve(process.argv[3])).then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${error.stack || error}\n`)
      process.exit(1)
    }
  )
}

module.exports = { dashboardFingerprint, builtFingerprint, dashboardState, buildDashboard, bakedOptions, FINGERPRINT_FILE }

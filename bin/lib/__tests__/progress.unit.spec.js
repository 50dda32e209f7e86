const { createProgress, formatDuration } = require("../progress")

/** A progress whose clock moves only when a step says so, writing into `out`. */
function recorder() {
  const out = { text: "" }
  let clock = 0
  const progress = createProgress({ write: (text) => (out.text += text), now: () => clock })
  const advance = (milliseconds) => (clock += milliseconds)
  return { out, progress, advance }
}

describe("formatDuration", () => {
  it("keeps a tenth of a second under ten seconds and whole seconds above", () => {
    expect(formatDuration(420)).toEqual("0.4 s")
    expect(formatDuration(4130)).toEqual("4.1 s")
    expect(formatDuration(61400)).toEqual("61 s")
  })
})

describe("createProgress", () => {
  it("says what a step does when it starts and its time when it ends, on one line", async () => {
    const { out, progress, advance } = recorder()
    const started = progress.step("applying migrations", async () => {
      advance(38200)
      return "result"
    })
    expect(out.text).toEqual("daraa │ applying migrations … ")
    await expect(started).resolves.toEqual("result")
    expect(out.text).toEqual("daraa │ applying migrations … done in 38 s\n")
  })

  it("words the end of the line from the step's result", async () => {
    const { out, progress, advance } = recorder()
    await progress.step(
      "starting the embedded PostgreSQL",
      async () => {
        advance(4100)
        return { created: true }
      },
      ({ created }, duration) => `ready in ${duration}${created ? " (created the database daraa)" : ""}`
    )
    expect(out.text).toEqual("daraa │ starting the embedded PostgreSQL … ready in 4.1 s (created the database daraa)\n")
  })

  it("ends the line with the failure and passes the error on", async () => {
    const { out, progress, advance } = recorder()
    const error = new Error("medusa db:migrate failed (exit code 1)")
    await expect(
      progress.step("applying migrations", async () => {
        advance(2000)
        throw error
      })
    ).rejects.toBe(error)
    expect(out.text).toEqual("daraa │ applying migrations … failed after 2.0 s\n")
  })

  it("closes a line left open by Ctrl-C, and only then", async () => {
    const { out, progress } = recorder()
    progress.interrupt()
    expect(out.text).toEqual("")
    let finish
    const running = progress.step("seeding the demo marketplace", () => new Promise((resolve) => (finish = resolve)))
    progress.interrupt()
    expect(out.text).toEqual("daraa │ seeding the demo marketplace … stopped\n")
    finish()
    await running
    expect(out.text).toEqual("daraa │ seeding the demo marketplace … stopped\n")
  })

  it("counts the total from the launcher's start", async () => {
    const { progress, advance } = recorder()
    advance(61000)
    expect(progress.elapsed()).toEqual("61 s")
  })
})

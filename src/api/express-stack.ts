/**
 * Medusa makes the Express app and registers its own middlewares (request
 * scope, sessions, body parsing, CORS, publishable keys, authentication)
 * before any project code runs, and a project's middlewares always come after
 * them. A handler that must run ahead of those is added with `app.use` and then
 * moved up Express's stack: right after `after` (a named layer added this way
 * before it), or else right after Express's own request setup.
 */
export function placeEarly(app: any, handler: (req: any, res: any, next: (error?: unknown) => void) => void, after?: string): boolean {
  const stack: any[] | undefined = app?._router?.stack
  if (!stack) {
    return false
  }
  app.use(handler)
  const layer = stack.pop()
  const anchor = after ? stack.findIndex((entry) => entry.name === after) : -1
  const position = anchor >= 0 ? anchor : stack.findIndex((entry) => entry.name === "expressInit")
  stack.splice(position + 1, 0, layer)
  return true
}

// The Worker's bindings and per-request variables, as Hono sees them.
export interface Bindings {
  DB: D1Database
  /** HMAC secret shared with the add-on and the CLI (a Worker secret). */
  ADMIN_SECRET?: string
  /** Origins allowed to frame /embed, space-separated. */
  EMBED_FRAME_ANCESTORS?: string
}

export interface AppEnv {
  Bindings: Bindings
}

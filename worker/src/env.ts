// The Worker's bindings and per-request variables, as Hono sees them.
export interface Bindings {
  DB: D1Database
  /** HMAC secret shared with the add-on and the CLI (a Worker secret). */
  ADMIN_SECRET?: string
  /** Origins allowed to frame /embed, space-separated. */
  EMBED_FRAME_ANCESTORS?: string
  /**
   * How many registration posts one client (by CF-Connecting-IP) may make to one webinar per
   * window, and likewise to each member input form (/propose-event, /suggest-candidate); 10
   * when unset. "0" switches the limit off (local benchmarks only).
   */
  REGISTRATION_RATE_LIMIT?: string
  /** The rate limit's fixed window, in seconds; 600 (10 minutes) when unset. */
  REGISTRATION_RATE_WINDOW_SECONDS?: string
  /**
   * Cloudflare Turnstile's public site key, shown in the registration form. Turnstile is on
   * only when both this and TURNSTILE_SECRET are set.
   */
  TURNSTILE_SITE_KEY?: string
  /** Turnstile's secret key (a Worker secret), sent to the verify URL with each token. */
  TURNSTILE_SECRET?: string
  /**
   * Where tokens are verified; Cloudflare's siteverify endpoint when unset. Tests point it
   * at a stub.
   */
  TURNSTILE_VERIFY_URL?: string
}

export interface AppEnv {
  Bindings: Bindings
}

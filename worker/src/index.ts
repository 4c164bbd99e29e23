// The public Worker: one Hono app that mounts each route group.
import { Hono } from 'hono'
import type { AppEnv } from './env'

const app = new Hono<AppEnv>()

// A constant answer: the liveness probe and the benchmark's baseline.
app.get('/healthz', (c) => c.text('ok'))

export default app

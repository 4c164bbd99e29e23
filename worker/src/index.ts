// The public Worker: one Hono app that mounts each route group.
import { Hono } from 'hono'
import { adminApp } from './admin/admin-app'
import type { AppEnv } from './env'
import { handleError } from './errors'
import { calendarFeedApp } from './public/calendar-feed'
import { embedRoutes } from './public/embed'
import { eventsApiApp } from './public/events-api'
import { proposeEventRoutes } from './public/propose-event'
import { registrationsApiApp } from './public/registrations-api'
import { suggestCandidateRoutes } from './public/suggest-candidate'
import { webinarRoutes } from './public/webinars'

const app = new Hono<AppEnv>()

// A constant answer: the liveness probe and the benchmark's baseline.
app.get('/healthz', (c) => c.text('ok'))
app.route('/', embedRoutes)
app.route('/admin', adminApp)
app.route('/api', eventsApiApp)
app.route('/api', registrationsApiApp)
app.route('/', calendarFeedApp)
app.route('/', webinarRoutes)
app.route('/', proposeEventRoutes)
app.route('/', suggestCandidateRoutes)
app.onError(handleError)

export default app

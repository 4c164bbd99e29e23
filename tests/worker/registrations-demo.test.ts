// The demo webinars `npm start` publishes: valid, in four languages, one of each state.
import { SELF } from 'cloudflare:test'
import { beforeEach, describe, expect, it } from 'vitest'
import { LOCALES } from '../../shared/i18n/locales'
import { webinarSchema } from '../../shared/schemas/webinar'
import { demoWebinars } from '../../worker/scripts/demo-webinars'
import type { PublicWebinarView } from '../../worker/src/registrations/webinar-view'
import { resetRegistrationTables } from './registrations-fixtures'
import { signedRequest } from './sign-request'

describe('demoWebinars', () => {
  beforeEach(resetRegistrationTables)

  it('are valid webinars with titles and descriptions in en, es, pt and fr', () => {
    const webinars = demoWebinars(new Date('2026-11-22T10:00:00Z'))
    expect(webinars.length).toBeGreaterThanOrEqual(4)
    for (const webinar of webinars) {
      expect(webinarSchema.safeParse(webinar).success).toBe(true)
      expect(Object.keys(webinar.titles).sort()).toEqual([...LOCALES].sort())
      expect(Object.keys(webinar.descriptions ?? {}).sort()).toEqual([...LOCALES].sort())
    }
  })

  it('publish through the signed PUT and show open, small, closed and future windows', async () => {
    const webinars = demoWebinars()
    const res = await SELF.fetch(
      await signedRequest({ path: '/admin/webinars', body: JSON.stringify({ webinars }) })
    )
    expect(res.status).toBe(200)
    const list = (await (await SELF.fetch('https://x.example/api/webinars')).json()) as {
      webinars: PublicWebinarView[]
    }
    const states = list.webinars.map((webinar) => webinar.registration.state)
    expect(states).toContain('open')
    expect(states).toContain('closed')
    expect(states).toContain('not-yet-open')
    const smallOpen = list.webinars.filter(
      (webinar) => webinar.registration.state === 'open' && webinar.capacity <= 10
    )
    expect(smallOpen).toHaveLength(1)
    expect(JSON.stringify(list)).not.toContain('meet.example.org')
  })
})

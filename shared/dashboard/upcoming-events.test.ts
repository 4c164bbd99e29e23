import { describe, expect, it } from 'vitest'
import { type OutreachEvent, outreachEventSchema } from '../schemas/event'
import { DEFAULT_SETTINGS } from '../schemas/settings'
import { upcomingEvents } from './upcoming-events'

const event = (fields: Partial<OutreachEvent> & { id: string }): OutreachEvent =>
  outreachEventSchema.parse({ title: fields.id, ...fields })
const TODAY = '2026-06-30'

describe('upcomingEvents', () => {
  const events = [
    event({ id: 'past', startDate: '2026-06-29' }),
    event({ id: 'today', startDate: '2026-06-30', format: 'virtual' }),
    event({ id: 'caribnog-27', startDate: '2026-09-14', cropEligible: true, country: 'TT' }),
    event({ id: 'lacnic-46', startDate: '2026-08-10', cropEligible: true }),
    event({ id: 'day-90', startDate: '2026-09-28' }),
    event({ id: 'day-91', startDate: '2026-09-29' }),
    event({ id: 'cancelled', startDate: '2026-07-10', status: 'cancelled' }),
    event({ id: 'lac-igf', status: 'tentative' }),
  ]
  const result = upcomingEvents(events, DEFAULT_SETTINGS, TODAY, { locale: 'en' })

  it('lists the events of the next 90 days by date, without cancelled ones', () => {
    expect(result.events.map((e) => e.id)).toEqual(['today', 'lacnic-46', 'caribnog-27', 'day-90'])
    expect(result.undated).toBe(1)
  })

  it('gives an event people travel to its CROP request deadline, and marks it late once past', () => {
    const caribnog = result.events.find((e) => e.id === 'caribnog-27')
    expect(caribnog).toMatchObject({
      cropDeadline: '2026-07-20',
      late: false,
      daysToDeadline: 20,
      message: 'CROP request due by 2026-07-20, 8 weeks before the event starts on 2026-09-14.',
    })
    expect(result.events.find((e) => e.id === 'lacnic-46')).toMatchObject({
      cropDeadline: '2026-06-15',
      late: true,
      daysToDeadline: -15,
    })
    // A virtual event has no travel to fund; an in-person one not yet marked eligible has a deadline.
    expect(result.events.find((e) => e.id === 'today')).toMatchObject({
      cropEligible: false,
      cropDeadline: null,
      late: false,
      message: null,
    })
    expect(result.events.find((e) => e.id === 'day-90')).toMatchObject({
      cropEligible: false,
      cropDeadline: '2026-08-03',
      late: false,
    })
  })

  it('looks as far ahead as asked', () => {
    const week = upcomingEvents(events, DEFAULT_SETTINGS, TODAY, { days: 7, locale: 'es' })
    expect(week.events.map((e) => e.id)).toEqual(['today'])
  })
})

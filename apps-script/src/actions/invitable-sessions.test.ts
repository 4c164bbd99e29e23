import { describe, expect, it } from 'vitest'
import { createTestbed } from '../testing/action-testbed'
import { runListInvitableSessions } from './invitable-sessions'
import { prospectsBed } from './move-prospect-fixtures'

describe('the sessions a prospect can be invited to', () => {
  it('lists the upcoming webinars and events, soonest first, in the user’s language', () => {
    const bed = prospectsBed({ locale: 'es' })
    const result = runListInvitableSessions(bed.newHost())
    if (!result.ok) throw new Error(result.message)
    expect(result.message).toBe('Sesiones a las que invitar: 4.')
    // Not the cancelled roadshow, the proposed forum, last month's CaribNOG or the undated one.
    expect(result.sessions).toEqual([
      {
        kind: 'event',
        key: 'ua-teleconferencia',
        title: 'Teleconferencia: Aceptación Universal',
        when: '20 mar 2023, 15:00',
      },
      {
        kind: 'event',
        key: 'taller-no-publicado',
        title: 'Taller no publicado',
        when: '25 mar 2023',
      },
      { kind: 'event', key: 'lacigf-2023', title: 'LACIGF 2023', when: '10 abr 2023' },
      {
        kind: 'webinar',
        key: 'dnssec-2023',
        title: 'DNSSEC en América Latina',
        when: '24 abr 2023, 18:00',
      },
    ])
    // Two reads (Webinars, Events), no write.
    expect(bed.fake.calls.count('getValues')).toBe(2)
    expect(bed.fake.calls.writes()).toBe(0)
  })

  it('drops a webinar once its registration has closed, and an event once it is over', () => {
    const bed = prospectsBed({ locale: 'en' })
    bed.advance(Date.parse('2023-04-24T22:30:00Z') - bed.now().getTime())
    const result = runListInvitableSessions(bed.newHost())
    expect(result.ok && result.sessions).toEqual([])
    expect(result.message).toBe(
      'No upcoming webinar or event to invite to. Add one to the Webinars or Events tab.'
    )
  })

  it('reads a spreadsheet without Webinars or Events as having none', () => {
    const bed = createTestbed({ setUp: false })
    const result = runListInvitableSessions(bed.newHost())
    expect(result).toMatchObject({ ok: true, sessions: [] })
  })
})

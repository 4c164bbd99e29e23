import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Participation } from '../schemas/participation'
import { DEFAULT_SETTINGS, settingsSchema } from '../schemas/settings'
import { activityReason, isMemberActive, memberActivities, ruleWindow } from './member-activity'
import { indexParticipation } from './participation-index'

const CALLS = ['2026-01-14', '2026-02-11', '2026-03-11', '2026-04-08', '2026-05-13', '2026-06-10']
const TODAY = '2026-06-30'
let next = 0
const record = (memberId: string, date: string, kind: Participation['kind']): Participation => ({
  id: `p-${++next}`,
  memberId,
  date,
  kind,
  detail: null,
})
const attended = (memberId: string, dates: readonly string[]) =>
  dates.map((date) => record(memberId, date, 'monthly-call'))
// Someone attends every call, so that each date is a call held.
const everyCall = attended('chair', ['2025-12-10', ...CALLS])
const spaced = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ')

describe('isMemberActive', () => {
  it('is active after 3 of the last 6 monthly calls, and says which months those were', () => {
    const records = [...everyCall, ...attended('ana', CALLS.slice(2))]
    const activity = isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY)
    expect(activity.active).toBe(true)
    expect(activity.reason.code).toBe('calls')
    expect(activity.reason.calls).toEqual({
      attended: 4,
      of: 6,
      required: 3,
      from: '2026-01-14',
      to: '2026-06-10',
    })
    expect(spaced(activity.message)).toBe('attended 4 of the last 6 monthly calls (Jan – Jun 2026)')
  })

  it('counts the last 6 calls held, not the last 6 calendar months', () => {
    // No call in March or April: the window reaches back to December.
    const held = [
      '2025-11-12',
      '2025-12-10',
      '2026-01-14',
      '2026-02-11',
      '2026-05-13',
      '2026-06-10',
    ]
    const records = [...attended('chair', held), ...attended('ana', held.slice(0, 3))]
    const activity = isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY)
    expect(activity.reason.calls).toMatchObject({ attended: 3, of: 6, from: '2025-11-12' })
    expect(activity.active).toBe(true)
    expect(spaced(activity.message)).toBe(
      'attended 3 of the last 6 monthly calls (Nov 2025 – Jun 2026)'
    )
  })

  it('is active after voting in the last election, with the date of that election', () => {
    const records = [
      ...everyCall,
      record('ana', '2026-03-10', 'vote'),
      record('luis', '2026-03-12', 'vote'),
    ]
    const activity = isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY)
    expect(activity).toMatchObject({ active: true, reason: { code: 'vote' } })
    expect(activity.message).toBe('voted in the election of 2026-03-10 to 2026-03-12')
    const alone = isMemberActive(
      { id: 'ana' },
      [record('ana', '2026-03-10', 'vote')],
      DEFAULT_SETTINGS,
      TODAY
    )
    expect(alone.message).toBe('voted in the election of 2026-03-10')
  })

  it('does not count a vote in an earlier election', () => {
    const records = [
      ...everyCall,
      record('ana', '2025-03-10', 'vote'),
      record('luis', '2026-03-10', 'vote'),
      ...attended('ana', CALLS.slice(0, 1)),
    ]
    const activity = isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY)
    expect(activity.active).toBe(false)
    expect(spaced(activity.message)).toBe(
      'attended 1 of the last 6 monthly calls (Jan – Jun 2026); no vote in the last election'
    )
  })

  it('says so in Spanish, Portuguese and French', () => {
    const records = [
      ...everyCall,
      ...attended('ana', CALLS.slice(0, 1)),
      record('x', '2026-03-10', 'vote'),
    ]
    const say = (locale: 'es' | 'pt' | 'fr') =>
      spaced(isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY, { locale }).message)
    expect(say('es')).toBe(
      'asistió a 1 de las últimas 6 llamadas mensuales (ene–jun 2026); no votó en la última elección'
    )
    expect(say('pt')).toMatch(
      /^participou de 1 das últimas 6 chamadas mensais \(.+2026\); não votou na última eleição$/
    )
    expect(say('fr')).toBe(
      'a participé à 1 des 6 derniers appels mensuels (janv.–juin 2026) ; n’a pas voté lors de la dernière élection'
    )
  })

  it('follows the rule in Settings', () => {
    const strict = settingsSchema.parse({
      activeRule: { callsAttended: 5, ofLastMonthlyCalls: 6, orVotedInLastElection: false },
    })
    const records = [
      ...everyCall,
      ...attended('ana', CALLS.slice(2)),
      record('ana', '2026-03-10', 'vote'),
    ]
    const activity = isMemberActive({ id: 'ana' }, records, strict, TODAY)
    expect(activity.active).toBe(false)
    // The vote does not count under this rule, so the sentence does not mention it.
    expect(spaced(activity.message)).toBe('attended 4 of the last 6 monthly calls (Jan – Jun 2026)')
    expect(activity.reason.vote).toMatchObject({ counts: false, voted: true })
  })

  it('is inactive with a clear sentence when nothing is on record yet', () => {
    const activity = isMemberActive({ id: 'ana' }, [], DEFAULT_SETTINGS, TODAY)
    expect(activity).toMatchObject({ active: false, lastSeen: null })
    expect(activity.message).toBe('no monthly call on record yet; no election on record')
  })

  it('ignores records typed with a date after today', () => {
    const records = [...everyCall, ...attended('ana', ['2026-07-08', '2026-08-12', '2026-09-09'])]
    expect(isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY).active).toBe(false)
  })

  it('agrees with a direct count for any attendance pattern', () => {
    fc.assert(
      fc.property(fc.subarray(CALLS), fc.boolean(), (dates, voted) => {
        const records = [...everyCall, ...attended('ana', dates), record('x', '2026-03-10', 'vote')]
        if (voted) records.push(record('ana', '2026-03-10', 'vote'))
        const activity = isMemberActive({ id: 'ana' }, records, DEFAULT_SETTINGS, TODAY)
        return (
          activity.active === (dates.length >= 3 || voted) &&
          activity.reason.calls.attended === dates.length
        )
      })
    )
  })
})

describe('memberActivities', () => {
  it('gives every member the same verdict as isMemberActive, indexing the records once', () => {
    const records = [
      ...everyCall,
      ...attended('ana', CALLS.slice(3)),
      ...attended('luis', CALLS.slice(5)),
    ]
    const members = [{ id: 'ana' }, { id: 'luis' }, { id: 'zoe' }]
    const all = memberActivities(members, records, DEFAULT_SETTINGS, TODAY)
    for (const member of members)
      expect(all.get(member.id)).toEqual(isMemberActive(member, records, DEFAULT_SETTINGS, TODAY))
    const index = indexParticipation(records, TODAY)
    expect(memberActivities(members, index, DEFAULT_SETTINGS, TODAY)).toEqual(all)
    expect(() => memberActivities(members, index, DEFAULT_SETTINGS, '2026-07-01')).toThrow(
      /as of 2026-06-30/
    )
  })
})

describe('activityReason on any day', () => {
  const people = ['ana', 'luis', 'zoe']
  const day = fc
    .integer({ min: 0, max: 120 })
    .map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10))
  const anyRecord = fc.record({
    memberId: fc.constantFrom(...people),
    date: day,
    kind: fc.constantFrom('monthly-call' as const, 'vote' as const),
  })

  it('counts the calls and finds the vote as a direct reading of the records does', () => {
    const rule = { callsAttended: 2, ofLastMonthlyCalls: 3, orVotedInLastElection: true }
    fc.assert(
      fc.property(fc.array(anyRecord, { minLength: 1, maxLength: 60 }), day, (records, asOf) => {
        const index = indexParticipation(records, '2026-12-31')
        const window = ruleWindow(index, rule, asOf)
        const held = [
          ...new Set(records.filter((r) => r.kind === 'monthly-call').map((r) => r.date)),
        ]
          .filter((date) => date <= asOf)
          .sort()
          .slice(-3)
        const election = index.elections.filter((e) => e.start <= asOf).at(-1) ?? null
        for (const memberId of people) {
          const mine = records.filter((r) => r.memberId === memberId)
          const attended = held.filter((date) =>
            mine.some((r) => r.kind === 'monthly-call' && r.date === date)
          ).length
          const vote =
            mine
              .filter((r) => r.kind === 'vote' && election !== null)
              .map((r) => r.date)
              .filter((date) => date >= (election?.start ?? '') && date <= (election?.end ?? ''))
              .filter((date) => date <= asOf)
              .sort()
              .at(-1) ?? null
          const reason = activityReason(index, memberId, rule, window)
          expect(reason.calls).toMatchObject({ attended, of: held.length })
          expect(reason.vote).toMatchObject({ voted: vote !== null, date: vote, election })
        }
      })
    )
  })
})

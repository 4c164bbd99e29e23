import { describe, expect, it } from 'vitest'
import { addDays, eventSpan } from './event-span'

const base = { startDate: null, endDate: null, startTime: null, endTime: null, timeZone: null }
const iso = (instant: number) => new Date(instant).toISOString()

describe('eventSpan', () => {
  it('is null for an undated event', () => {
    expect(eventSpan(base)).toBeNull()
  })

  it('gives an all-day event an exclusive end: the day after its last day', () => {
    expect(eventSpan({ ...base, startDate: '2023-03-26', endDate: '2023-03-28' })).toEqual({
      allDay: true,
      startDate: '2023-03-26',
      endDateExclusive: '2023-03-29',
    })
    expect(eventSpan({ ...base, startDate: '2023-12-31' })).toEqual({
      allDay: true,
      startDate: '2023-12-31',
      endDateExclusive: '2024-01-01',
    })
  })

  it('converts a timed event from its zone to UTC instants', () => {
    const span = eventSpan({
      ...base,
      startDate: '2023-05-10',
      startTime: '10:00',
      endTime: '11:30',
      timeZone: 'America/Mexico_City',
    })
    expect(span?.allDay).toBe(false)
    if (span?.allDay !== false) return
    expect([iso(span.start), iso(span.end)]).toEqual([
      '2023-05-10T16:00:00.000Z',
      '2023-05-10T17:30:00.000Z',
    ])
  })

  it('gives a timed event without an end time one hour', () => {
    const span = eventSpan({
      ...base,
      startDate: '2023-05-10',
      startTime: '10:00',
      timeZone: 'UTC',
    })
    expect(span).toEqual({
      allDay: false,
      start: Date.UTC(2023, 4, 10, 10),
      end: Date.UTC(2023, 4, 10, 11),
    })
  })

  it('runs an end time before the start time past midnight', () => {
    const span = eventSpan({
      ...base,
      startDate: '2023-05-10',
      startTime: '22:00',
      endTime: '01:00',
      timeZone: 'America/Bogota',
    })
    expect(span).toEqual({
      allDay: false,
      start: Date.UTC(2023, 4, 11, 3),
      end: Date.UTC(2023, 4, 11, 6),
    })
  })

  it('ends a multi-day timed event on its last day', () => {
    const span = eventSpan({
      ...base,
      startDate: '2023-10-21',
      endDate: '2023-10-26',
      startTime: '09:00',
      endTime: '17:00',
      timeZone: 'Asia/Shanghai',
    })
    expect(span).toEqual({
      allDay: false,
      start: Date.UTC(2023, 9, 21, 1),
      end: Date.UTC(2023, 9, 26, 9),
    })
  })
})

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01')
  })
})

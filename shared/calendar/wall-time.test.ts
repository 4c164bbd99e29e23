import { describe, expect, it } from 'vitest'
import { wallTimeToInstant, zoneOffsetAt } from './wall-time'

const iso = (instant: number) => new Date(instant).toISOString()

describe('wallTimeToInstant', () => {
  it('places a Mexico City time six hours behind UTC (no DST since 2022)', () => {
    expect(iso(wallTimeToInstant('2023-05-10', '10:00', 'America/Mexico_City'))).toBe(
      '2023-05-10T16:00:00.000Z'
    )
  })

  it('follows a zone across its DST change (Santiago: UTC-3 in January, UTC-4 in July)', () => {
    expect(iso(wallTimeToInstant('2023-01-15', '09:00', 'America/Santiago'))).toBe(
      '2023-01-15T12:00:00.000Z'
    )
    expect(iso(wallTimeToInstant('2023-07-15', '09:00', 'America/Santiago'))).toBe(
      '2023-07-15T13:00:00.000Z'
    )
  })

  it('handles zones east of UTC and with half-hour offsets', () => {
    expect(iso(wallTimeToInstant('2023-03-01', '23:30', 'Asia/Kolkata'))).toBe(
      '2023-03-01T18:00:00.000Z'
    )
    expect(iso(wallTimeToInstant('2023-03-01', '00:15', 'America/St_Johns'))).toBe(
      '2023-03-01T03:45:00.000Z'
    )
  })

  it('moves a time skipped by the spring-forward change ahead by the gap', () => {
    // New York skipped 02:00–03:00 on 2023-03-12; 02:30 does not exist and reads as 03:30 EDT.
    expect(iso(wallTimeToInstant('2023-03-12', '02:30', 'America/New_York'))).toBe(
      '2023-03-12T07:30:00.000Z'
    )
  })

  it('takes the earlier of two repeated times when clocks fall back', () => {
    // 01:30 happened twice in New York on 2023-11-05: first in EDT (05:30Z), then in EST.
    expect(iso(wallTimeToInstant('2023-11-05', '01:30', 'America/New_York'))).toBe(
      '2023-11-05T05:30:00.000Z'
    )
  })

  it('is UTC itself for UTC', () => {
    expect(iso(wallTimeToInstant('2024-02-29', '12:00', 'UTC'))).toBe('2024-02-29T12:00:00.000Z')
  })
})

describe('zoneOffsetAt', () => {
  it('gives the offset in milliseconds, negative west of Greenwich', () => {
    expect(zoneOffsetAt(Date.UTC(2023, 4, 10), 'America/Mexico_City')).toBe(-6 * 3_600_000)
    expect(zoneOffsetAt(Date.UTC(2023, 4, 10), 'Europe/Madrid')).toBe(2 * 3_600_000)
  })
})

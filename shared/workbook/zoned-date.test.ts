import { afterEach, describe, expect, it } from 'vitest'
import { clockTimeInZone, isDate, isoDateInZone, isoInstantInZone } from './zoned-date'

describe('dates read in the spreadsheet zone', () => {
  it('reads a date cell as the calendar date the sheet shows, whatever the host zone', () => {
    // Midnight 26 March in Montevideo is 03:00 UTC, still the 26th; in Tokyo it is the 26th too.
    const midnight = new Date('2023-03-26T03:00:00Z')
    expect(isoDateInZone(midnight, 'America/Montevideo')).toBe('2023-03-26')
    // The same instant is still 25 March in Mexico City (21:00).
    expect(isoDateInZone(midnight, 'America/Mexico_City')).toBe('2023-03-25')
  })

  it('reads a time cell to the minute, absorbing the seconds of 1899 local mean time', () => {
    // Sheets keeps 09:30 as 30 Dec 1899 09:30 local mean time (UTC-3:44:51 in Montevideo).
    expect(clockTimeInZone(new Date('1899-12-30T13:14:51Z'), 'America/Montevideo')).toBe('09:30')
    expect(clockTimeInZone(new Date('2023-03-26T13:30:00Z'), 'America/Montevideo')).toBe('10:30')
  })

  it('writes an instant with the offset in force on that day', () => {
    expect(isoInstantInZone(new Date('2023-04-24T23:00:00Z'), 'America/Bogota')).toBe(
      '2023-04-24T18:00:00-05:00'
    )
    expect(isoInstantInZone(new Date('2023-01-10T12:00:00Z'), 'America/Sao_Paulo')).toBe(
      '2023-01-10T09:00:00-03:00'
    )
    expect(isoInstantInZone(new Date('2023-01-10T12:00:00Z'), 'Asia/Kolkata')).toBe(
      '2023-01-10T17:30:00+05:30'
    )
  })

  describe('on a host in another zone', () => {
    const hostZone = process.env.TZ
    afterEach(() => {
      if (hostZone === undefined) delete process.env.TZ
      else process.env.TZ = hostZone
    })

    it.each(['Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles'])(
      'gives the same answers on a host in %s',
      (zone) => {
        process.env.TZ = zone
        const midnight = new Date('2023-03-26T03:00:00Z')
        expect(isoDateInZone(midnight, 'America/Montevideo')).toBe('2023-03-26')
        expect(clockTimeInZone(new Date('2023-03-26T13:30:00Z'), 'America/Montevideo')).toBe(
          '10:30'
        )
        expect(isoInstantInZone(midnight, 'America/Montevideo')).toBe('2023-03-26T00:00:00-03:00')
      }
    )
  })

  it('recognizes Dates only', () => {
    expect(isDate(new Date())).toBe(true)
    expect(isDate('2023-03-26')).toBe(false)
    expect(isDate(1)).toBe(false)
  })
})

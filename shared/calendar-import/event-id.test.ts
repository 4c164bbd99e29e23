import { describe, expect, it } from 'vitest'
import { eventId } from '../schemas/event'
import { deriveEventId, eventIdAllocator } from './event-id'

describe('deriveEventId', () => {
  it('is the title as a lower-case ASCII slug and the date', () => {
    expect(deriveEventId('CTU 34th Anniversary', '2023-04-24')).toBe(
      'ctu-34th-anniversary-2023-04-24'
    )
    expect(deriveEventId('ICANN76 Community Forum Cancun, Mexico', '2023-03-11')).toBe(
      'icann76-community-forum-cancun-mexico-2023-03-11'
    )
  })

  it('drops accents for the id only and spells out letters without a plain form', () => {
    expect(deriveEventId('Reunión de São Paulo', '2023-06-01')).toBe(
      'reunion-de-sao-paulo-2023-06-01'
    )
    expect(deriveEventId('Œuvre Straße', null)).toBe('oeuvre-strasse-undated')
  })

  it('marks undated events', () => {
    expect(deriveEventId('LAC IGF 2023', null)).toBe('lac-igf-2023-undated')
  })

  it('always gives a valid id, even for long titles or titles without Latin letters', () => {
    const long = deriveEventId('A very long title '.repeat(20), '2023-01-01')
    expect(eventId.safeParse(`${long}-99`).success).toBe(true)
    expect(deriveEventId('会议', '2023-01-01')).toBe('event-2023-01-01')
    expect(eventId.safeParse(deriveEventId('--- !!! ---', null)).success).toBe(true)
  })

  it('gives the same id for the same title and date', () => {
    expect(deriveEventId('CaribNOG 25', '2023-03-26')).toBe(
      deriveEventId('CaribNOG 25', '2023-03-26')
    )
  })
})

describe('eventIdAllocator', () => {
  it('gives an id as is until it is taken, then numbers it', () => {
    const uniqueEventId = eventIdAllocator()
    expect(uniqueEventId('caribnog-25-2023-03-26')).toBe('caribnog-25-2023-03-26')
    expect(uniqueEventId('caribnog-25-2023-03-26')).toBe('caribnog-25-2023-03-26-2')
    expect(uniqueEventId('caribnog-25-2023-03-26')).toBe('caribnog-25-2023-03-26-3')
    expect(uniqueEventId('caribnog-26-2023-09-13')).toBe('caribnog-26-2023-09-13')
  })

  it('steps over ids already taken, numbered or not', () => {
    const uniqueEventId = eventIdAllocator(['lac-igf-undated', 'lac-igf-undated-2'])
    expect(uniqueEventId('lac-igf-undated')).toBe('lac-igf-undated-3')
  })
})

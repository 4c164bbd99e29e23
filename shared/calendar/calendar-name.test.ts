import { describe, expect, it } from 'vitest'
import { calendarName, describeFilters } from './calendar-name'

describe('calendarName', () => {
  it('is the plain name without filters', () => {
    expect(calendarName({}, 'es')).toBe('LACRALO – Calendario de alcance')
    expect(calendarName({}, 'en')).toBe('LACRALO – Outreach calendar')
  })

  it('names the filters in the same language', () => {
    expect(calendarName({ subregion: ['caribbean'] }, 'es')).toBe(
      'LACRALO – Calendario de alcance (Caribe)'
    )
    expect(calendarName({ country: ['BR', 'HT'], category: ['webinar'] }, 'fr')).toBe(
      'LACRALO – Calendrier de sensibilisation (Brésil, Haïti · Webinaire)'
    )
  })
})

describe('describeFilters', () => {
  it('is null without filters', () => {
    expect(describeFilters({}, 'pt')).toBeNull()
  })

  it('describes statuses, date ranges and the search', () => {
    const text = describeFilters(
      { status: ['cancelled'], from: '2023-01-01', to: '2023-12-31', q: 'DNSSEC' },
      'es'
    )
    expect(text?.startsWith('Cancelado · del ')).toBe(true)
    expect(text).toContain('2023')
    expect(text?.endsWith(' · «DNSSEC»')).toBe(true)
    expect(describeFilters({ from: '2023-03-05' }, 'en')).toMatch(/^from .*5.*2023$/)
    expect(describeFilters({ to: '2023-03-05' }, 'pt')).toMatch(/^até .*2023$/)
  })
})

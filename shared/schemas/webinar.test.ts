import { describe, expect, it } from 'vitest'
import { publicWebinarSchema, toPublicWebinar, webinarEndsAt, webinarSchema } from './webinar'

const webinar = {
  slug: 'dnssec-2023',
  titles: {
    es: 'DNSSEC en América Latina y el Caribe',
    en: 'DNSSEC in Latin America and the Caribbean',
  },
  descriptions: { es: 'Segundo webinar de desarrollo de capacidades de LACRALO.' },
  start: '2023-04-24T18:00:00-05:00',
  timeZone: 'America/Bogota',
  durationMinutes: 90,
  capacity: 300,
  registrationOpens: '2023-03-24T00:00:00Z',
  registrationCloses: '2023-04-24T17:00:00-05:00',
  joinUrl: 'https://icann.zoom.us/j/123456789',
}

const pathsAndMessages = (result: {
  error?: { issues: { path: PropertyKey[]; message: string }[] }
}) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])

describe('webinar schema', () => {
  it('accepts a webinar with titles in some of the four languages', () => {
    expect(webinarSchema.parse(webinar)).toEqual(webinar)
    const noDescriptions = { ...webinar, descriptions: undefined }
    expect(webinarSchema.parse(noDescriptions).descriptions).toEqual({})
  })

  it('keeps a title in any script as written', () => {
    const titles = { fr: 'Acceptation universelle : adresses électroniques en 中文 et العربية' }
    expect(webinarSchema.parse({ ...webinar, titles }).titles).toEqual(titles)
  })

  it('needs a title in at least one language, and only the four languages', () => {
    expect(pathsAndMessages(webinarSchema.safeParse({ ...webinar, titles: {} }))).toEqual([
      ['titles', 'title_required'],
    ])
    const german = webinarSchema.safeParse({ ...webinar, titles: { de: 'DNSSEC' } })
    expect(german.error?.issues[0]).toMatchObject({ path: ['titles'], code: 'unrecognized_keys' })
  })

  it('refuses a slug that cannot be a web address, and a start without an offset', () => {
    expect(
      pathsAndMessages(
        webinarSchema.safeParse({ ...webinar, slug: 'DNSSEC 2023', start: '2023-04-24T18:00' })
      )
    ).toEqual([
      ['slug', 'invalid_slug'],
      ['start', expect.stringContaining('datetime')],
    ])
  })

  it('refuses a capacity or duration that is not a positive whole number', () => {
    const result = webinarSchema.safeParse({ ...webinar, capacity: 0, durationMinutes: 90.5 })
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'durationMinutes',
      'capacity',
    ])
  })

  it('closes registration after it opens and at the latest when the webinar ends', () => {
    const backwards = { ...webinar, registrationCloses: '2023-03-01T00:00:00Z' }
    expect(pathsAndMessages(webinarSchema.safeParse(backwards))).toEqual([
      ['registrationCloses', 'registration_closes_before_opens'],
    ])
    const late = { ...webinar, registrationCloses: '2023-04-24T19:31:00-05:00' }
    expect(pathsAndMessages(webinarSchema.safeParse(late))).toEqual([
      ['registrationCloses', 'registration_closes_after_end'],
    ])
    const atTheEnd = { ...webinar, registrationCloses: '2023-04-25T00:30:00Z' }
    expect(webinarSchema.safeParse(atTheEnd).success).toBe(true)
    expect(new Date(webinarEndsAt(webinar)).toISOString()).toBe('2023-04-25T00:30:00.000Z')
  })

  it('never lets the join link out in the public form', () => {
    const parsed = webinarSchema.parse(webinar)
    const shown = toPublicWebinar(parsed)
    expect(shown).not.toHaveProperty('joinUrl')
    expect(JSON.stringify(shown)).not.toContain('zoom.us')
    expect(publicWebinarSchema.parse(webinar)).not.toHaveProperty('joinUrl')
    expect(parsed.joinUrl).toBe(webinar.joinUrl)
  })
})

import { describe, expect, it } from 'vitest'
import { t } from '../i18n/catalogue'
import type { Locale } from '../i18n/locales'
import { COUNTRIES, DASHBOARD_COUNTRY_CODES } from '../reference/countries'
import type { AlsStatus } from '../schemas/als'
import { type ProspectInput, prospectSchema } from '../schemas/prospect'
import { countryCoverage } from './country-coverage'
import { outreachPipeline, stagesText } from './outreach-pipeline'

const TODAY = '2026-06-30'
// Without an accredited ALS: Bolivia (an applicant only), Honduras, Guatemala, Cuba, Jamaica, Suriname.
const WITHOUT = ['BO', 'HN', 'GT', 'CU', 'JM', 'SR']

function coverage(locale: Locale = 'en', without: readonly string[] = WITHOUT) {
  const alses = DASHBOARD_COUNTRY_CODES.filter((code) => !without.includes(code)).map(
    (code, index) => ({ id: `ALS-${index}`, country: code, status: 'active' as AlsStatus })
  )
  alses.push({ id: 'ALS-BO-01', country: 'BO', status: 'applicant' })
  return countryCoverage({
    countries: COUNTRIES,
    alses,
    members: [],
    activeMembers: new Set(),
    activeAlses: new Set(),
    locale,
  }).countries
}

let next = 0
const prospect = (fields: Partial<ProspectInput> & Pick<ProspectInput, 'country'>) =>
  prospectSchema.parse({
    id: `pr-${++next}`,
    name: `Prospect ${next}`,
    programme: 'als-accreditation',
    identifiedOn: '2026-01-10',
    ...fields,
  })

const PROSPECTS = [
  // Honduras: two contacted (by two liaisons, one named twice), one invited; last contact 10 days ago.
  prospect({ country: 'HN', stage: 'contacted', liaison: 'Ana Pérez', contactedOn: '2026-05-02' }),
  prospect({ country: 'HN', stage: 'contacted', liaison: 'ana pérez ', contactedOn: '2026-06-20' }),
  prospect({
    country: 'HN',
    stage: 'invited',
    liaison: 'Luis Gómez',
    contactedOn: '2026-03-01',
    invitedOn: '2026-04-15',
  }),
  // Guatemala: contacted 90 days ago; someone who declined later is not a liaison's work.
  prospect({ country: 'GT', stage: 'contacted', liaison: 'Sofía', contactedOn: '2026-04-01' }),
  prospect({
    country: 'GT',
    stage: 'declined',
    liaison: 'Kwame',
    contactedOn: '2026-02-01',
    declinedOn: '2026-03-15',
  }),
  // Cuba: identified only, never contacted (a recent identification is not a contact).
  prospect({ country: 'CU', identifiedOn: '2026-06-29' }),
  prospect({ country: 'CU', identifiedOn: '2026-06-01' }),
  // Jamaica: someone joined; one still applied.
  prospect({
    country: 'JM',
    stage: 'joined',
    contactedOn: '2026-01-20',
    joinedOn: '2026-02-01',
  }),
  prospect({ country: 'JM', stage: 'applied', liaison: 'Kerry-Ann', appliedOn: '2026-06-25' }),
  // Suriname: only someone who declined.
  prospect({
    country: 'SR',
    stage: 'declined',
    contactedOn: '2026-06-01',
    declinedOn: '2026-06-10',
  }),
  // Countries with an ALS, or outside the dashboard set, are not in the pipeline.
  prospect({ country: 'AR', stage: 'contacted', contactedOn: '2026-06-01' }),
  prospect({ country: 'CW', stage: 'contacted', contactedOn: '2026-06-01' }),
]

const pipeline = outreachPipeline({
  countries: coverage(),
  prospects: PROSPECTS,
  today: TODAY,
  locale: 'en',
})
const byCode = (code: string) => {
  const country = pipeline.countries.find((candidate) => candidate.code === code)
  if (!country) throw new Error(`${code} is not in the pipeline`)
  return country
}

describe('outreachPipeline', () => {
  it('follows exactly the countries the dashboard counts as without an ALS', () => {
    expect(pipeline.countries.map((country) => country.code).sort()).toEqual([...WITHOUT].sort())
    expect(pipeline.headline).toMatchObject({ withoutAls: 6, total: 33 })
  })

  it('counts the open prospects by stage, and joined and declined apart', () => {
    expect(byCode('HN')).toMatchObject({
      status: 'in-progress',
      statusLabel: 'In progress',
      stages: [
        { stage: 'contacted', count: 2 },
        { stage: 'invited', count: 1 },
      ],
      stagesText: '2 contacted · 1 invited',
      open: 3,
      joined: 0,
      declined: 0,
    })
    expect(byCode('JM')).toMatchObject({
      status: 'joined',
      stages: [{ stage: 'applied', count: 1 }],
      open: 1,
      joined: 1,
    })
    expect(byCode('CU')).toMatchObject({ status: 'identified-only', stagesText: '2 identified' })
    // Someone who declined leaves the country with no prospect in view.
    expect(byCode('SR')).toMatchObject({ status: 'no-prospects', open: 0, declined: 1 })
    expect(byCode('BO')).toMatchObject({
      status: 'no-prospects',
      stages: [],
      stagesText: '',
      liaisons: [],
      lastContact: null,
      daysSinceContact: null,
    })
  })

  it('names the liaisons of the open prospects, each once', () => {
    expect(byCode('HN').liaisons).toEqual(['Ana Pérez', 'Luis Gómez'])
    expect(byCode('GT').liaisons).toEqual(['Sofía'])
    expect(byCode('JM').liaisons).toEqual(['Kerry-Ann'])
  })

  it('dates the last contact by the latest step after identified, and counts the days since', () => {
    expect(byCode('HN')).toMatchObject({ lastContact: '2026-06-20', daysSinceContact: 10 })
    expect(byCode('GT')).toMatchObject({ lastContact: '2026-04-01', daysSinceContact: 90 })
    expect(byCode('SR')).toMatchObject({ lastContact: '2026-06-10', daysSinceContact: 20 })
    expect(byCode('CU')).toMatchObject({ lastContact: null, daysSinceContact: null })
  })

  it('asks for attention with no prospect, no contact yet, or none in over 60 days', () => {
    const attention = Object.fromEntries(
      pipeline.countries.map((country) => [country.code, country.needsAttention])
    )
    expect(attention).toEqual({ BO: true, SR: true, CU: true, GT: true, HN: false, JM: false })
    const sixty = outreachPipeline({
      countries: coverage(),
      prospects: [prospect({ country: 'HN', stage: 'contacted', contactedOn: '2026-05-01' })],
      today: TODAY,
      locale: 'en',
    })
    expect(sixty.countries.find((country) => country.code === 'HN')).toMatchObject({
      daysSinceContact: 60,
      needsAttention: false,
    })
    const stricter = outreachPipeline({
      countries: coverage(),
      prospects: PROSPECTS,
      today: TODAY,
      locale: 'en',
      staleDays: 5,
    })
    expect(stricter.countries.find((country) => country.code === 'HN')?.needsAttention).toBe(true)
  })

  it('lists the countries needing attention first: no prospects, then the longest since a contact', () => {
    expect(pipeline.countries.map((country) => [country.code, country.status])).toEqual([
      ['BO', 'no-prospects'],
      ['SR', 'no-prospects'],
      ['CU', 'identified-only'],
      ['GT', 'in-progress'],
      ['HN', 'in-progress'],
      ['JM', 'joined'],
    ])
  })

  it('says in a headline what is being done', () => {
    expect(pipeline.headline).toEqual({
      withoutAls: 6,
      total: 33,
      noProspects: 2,
      identifiedOnly: 1,
      inProgress: 2,
      joined: 1,
      needsAttention: 4,
      message: '6 of 33 countries without an ALS: prospects in progress in 2, no prospect yet in 2',
    })
    const none = outreachPipeline({
      countries: coverage('en', []),
      prospects: PROSPECTS,
      today: TODAY,
      locale: 'en',
    })
    expect(none.countries).toEqual([])
    expect(none.headline.message).toBe(t('en', 'dashboard.pipeline.everyCountry'))
  })

  it('speaks the reader’s language, plurals included', () => {
    const spanish = outreachPipeline({
      countries: coverage('es'),
      prospects: PROSPECTS,
      today: TODAY,
      locale: 'es',
    })
    expect(spanish.headline.message).toBe(
      '6 de 33 países sin ALS: prospectos en curso en 2, ningún prospecto aún en 2'
    )
    const honduras = spanish.countries.find((country) => country.code === 'HN')
    expect(honduras).toMatchObject({
      statusLabel: 'En curso',
      stagesText: '2 contactados · 1 invitado',
    })
    expect(spanish.countries.find((country) => country.code === 'BO')?.name).toBe('Bolivia')
    expect(
      stagesText(
        [
          { stage: 'attended', count: 1 },
          { stage: 'applied', count: 3 },
        ],
        'fr'
      )
    ).toBe('1 participant · 3 candidats')
    expect(stagesText([{ stage: 'contacted', count: 1 }], 'pt')).toBe('1 contatado')
  })

  it('reads a date typed in the future as a contact today, not a negative count', () => {
    const future = outreachPipeline({
      countries: coverage(),
      prospects: [prospect({ country: 'HN', stage: 'contacted', contactedOn: '2026-07-15' })],
      today: TODAY,
      locale: 'en',
    })
    expect(future.countries.find((country) => country.code === 'HN')?.daysSinceContact).toBe(0)
  })

  it('is plain data that survives JSON, as google.script.run needs', () => {
    expect(JSON.parse(JSON.stringify(pipeline))).toEqual(pipeline)
  })
})

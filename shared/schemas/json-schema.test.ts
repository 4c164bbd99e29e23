import { describe, expect, it } from 'vitest'
import { LOCALES } from '../i18n/locales'
import { EVENT_CATEGORIES, EVENT_FORMATS, EVENT_STATUSES, outreachEventSchema } from './event'
import { type JsonSchema, PUBLIC_SCHEMA_NAMES, publicJsonSchema } from './json-schema'
import { toPublicWebinar, webinarSchema } from './webinar'

type Schema = Record<string, unknown>

// A small validator for the JSON Schema keywords zod emits here, so that a record can be
// checked against the published schema the way an API consumer would.
function violations(schema: Schema, value: unknown, at = '$'): string[] {
  const problems: string[] = []
  const types = schema.type === undefined ? undefined : ([] as unknown[]).concat(schema.type)
  const typeOf = (v: unknown) =>
    v === null
      ? 'null'
      : Array.isArray(v)
        ? 'array'
        : Number.isInteger(v)
          ? 'integer'
          : typeof v === 'number'
            ? 'number'
            : typeof v
  if (types) {
    const actual = typeOf(value)
    const ok = types.includes(actual) || (actual === 'integer' && types.includes('number'))
    if (!ok) return [`${at}: ${actual} is not ${types.join('|')}`]
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${at}: ${String(value)} not in enum`)
  if ('const' in schema && schema.const !== value) problems.push(`${at}: not the constant`)
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf as Schema[]
    if (!branches.some((branch) => violations(branch, value, at).length === 0))
      problems.push(`${at}: matches no branch of anyOf`)
  }
  if (typeof value === 'string') {
    const length = Array.from(value).length
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      problems.push(`${at}: shorter than ${schema.minLength}`)
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      problems.push(`${at}: longer than ${schema.maxLength}`)
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      problems.push(`${at}: does not match ${schema.pattern}`)
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      problems.push(`${at}: below minimum`)
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      problems.push(`${at}: above maximum`)
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
      problems.push(`${at}: not above exclusiveMinimum`)
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      problems.push(`${at}: too many items`)
    if (schema.items)
      value.forEach((item, i) => {
        problems.push(...violations(schema.items as Schema, item, `${at}[${i}]`))
      })
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>
    const properties = (schema.properties ?? {}) as Record<string, Schema>
    for (const key of (schema.required ?? []) as string[])
      if (!(key in record)) problems.push(`${at}.${key}: required`)
    if (
      typeof schema.minProperties === 'number' &&
      Object.keys(record).length < schema.minProperties
    )
      problems.push(`${at}: fewer than ${schema.minProperties} properties`)
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) problems.push(...violations(properties[key], item, `${at}.${key}`))
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not allowed`)
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...violations(schema.additionalProperties as Schema, item, `${at}.${key}`))
      if (schema.propertyNames)
        problems.push(...violations(schema.propertyNames as Schema, key, `${at}{${key}}`))
    }
  }
  return problems
}

const props = (schema: JsonSchema) => schema.properties as Record<string, Schema>

const caribnog = {
  id: 'caribnog-25',
  title: 'CaribNOG 25',
  startDate: '2023-03-26',
  endDate: '2023-03-27',
  city: 'Port of Spain',
  country: 'TT',
  subregion: 'caribbean',
  category: 'technical-community',
  format: 'in-person',
  status: 'confirmed',
  url: 'https://www.caribnog.org',
  languages: ['en'],
  cropEligible: true,
}

const webinar = webinarSchema.parse({
  slug: 'dnssec-2023',
  titles: { es: 'DNSSEC en América Latina y el Caribe', en: 'DNSSEC in Latin America' },
  start: '2023-04-24T18:00:00-05:00',
  timeZone: 'America/Bogota',
  durationMinutes: 90,
  capacity: 300,
  registrationOpens: '2023-03-24T00:00:00Z',
  registrationCloses: '2023-04-24T17:00:00-05:00',
  joinUrl: 'https://icann.zoom.us/j/123456789',
})

describe('public JSON Schemas', () => {
  it.each(PUBLIC_SCHEMA_NAMES)('%s is a draft 2020-12 object schema', (name) => {
    const schema = publicJsonSchema(name)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.type).toBe('object')
    expect(Object.keys(props(schema)).length).toBeGreaterThan(0)
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
  })

  it('describes a published outreach event, with every field present and the value sets', () => {
    const schema = publicJsonSchema('outreach-event')
    expect(schema.required).toEqual(Object.keys(outreachEventSchema.shape))
    expect(props(schema).status?.enum).toEqual([...EVENT_STATUSES])
    expect(props(schema).format?.enum).toEqual([...EVENT_FORMATS])
    expect(props(schema).category?.enum).toEqual([...EVENT_CATEGORIES])
    const published = outreachEventSchema.parse(caribnog)
    expect(violations(schema, published)).toEqual([])
    expect(violations(schema, { ...published, status: 'maybe' })).toEqual([
      '$.status: maybe not in enum',
    ])
    const { title: _title, ...untitled } = published
    expect(violations(schema, untitled)).toEqual(['$.title: required'])
  })

  it('describes a publish body, where only id and title are required of an event', () => {
    const schema = publicJsonSchema('calendar-snapshot')
    expect(schema.required).toEqual(['events'])
    const event = props(schema).events?.items as Schema
    expect(event.required).toEqual(['id', 'title'])
    expect(
      violations(schema, { events: [caribnog, { id: 'lac-igf-2023', title: 'LAC IGF' }] })
    ).toEqual([])
    expect(violations(schema, { events: [{ id: 'LAC IGF', title: 'LAC IGF' }] })).toHaveLength(1)
  })

  it('describes the public webinar without its join link', () => {
    const schema = publicJsonSchema('public-webinar')
    expect(props(schema)).not.toHaveProperty('joinUrl')
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(expect.arrayContaining(['slug', 'titles', 'start', 'capacity']))
    expect(violations(schema, toPublicWebinar(webinar))).toEqual([])
    expect(violations(schema, webinar)).toEqual(['$.joinUrl: not allowed'])
    expect(violations(schema, { ...toPublicWebinar(webinar), titles: {} })).toEqual([
      '$.titles: fewer than 1 properties',
    ])
  })

  it('describes the registration form a client posts', () => {
    const schema = publicJsonSchema('registration-form')
    expect(schema.required).toEqual([
      'name',
      'email',
      'country',
      'language',
      'consent',
      'consentVersion',
    ])
    expect(props(schema).language?.enum).toEqual([...LOCALES])
    expect(props(schema).country?.enum).toEqual(expect.arrayContaining(['BR', 'HT', 'other']))
    const posted = {
      name: 'Zoë Saldaña',
      email: 'zoë@correo.example',
      country: 'DO',
      affiliation: null,
      language: 'es',
      consent: 'on',
      consentVersion: '2024-01',
    }
    expect(violations(schema, posted)).toEqual([])
    expect(violations(schema, { ...posted, consent: 'off', country: 'US' })).toHaveLength(2)
  })
})

// Shared set-up for the member input tests: empty tables, valid forms, posts as a browser sends
// them, and a way to read the pages' elements.
import { env, SELF } from 'cloudflare:test'
import { expect } from 'vitest'
import {
  PROPOSAL_CONSENT_VERSION,
  SUGGESTION_CONSENT_VERSION,
} from '../../worker/src/member-input/consent'
import { HONEYPOT_FIELD } from '../../worker/src/registrations/spam'

export const ORIGIN = 'https://lacralo.example'
export const SAME_ORIGIN = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' }

const DAY = 86_400_000

/** Deletes every proposal, suggestion and rate-limit counter. */
export async function resetMemberInputTables(): Promise<void> {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM event_proposals'),
    env.DB.prepare('DELETE FROM candidate_suggestions'),
    env.DB.prepare(
      "DELETE FROM sqlite_sequence WHERE name IN ('event_proposals', 'candidate_suggestions')"
    ),
    env.DB.prepare('DELETE FROM registration_rate_limits'),
  ])
}

/** A calendar date `days` from today (UTC), YYYY-MM-DD. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString().slice(0, 10)
}

function withOverrides(
  fields: Record<string, string>,
  overrides: Record<string, string | undefined>
): Record<string, string> {
  const merged: Record<string, string | undefined> = { ...fields, ...overrides }
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

/** A valid "propose an event" post; `overrides` replace fields (undefined removes one). */
export function proposalForm(
  overrides: Record<string, string | undefined> = {}
): Record<string, string> {
  return withOverrides(
    {
      title: 'Foro de Gobernanza de Internet de Bolivia',
      startDate: daysFromNow(40),
      endDate: daysFromNow(41),
      format: 'hybrid',
      city: 'La Paz',
      country: 'BO',
      url: 'https://igf.bo/2026',
      why: 'Bolivia has no ALS yet.\r\nThe forum gathers the technical community.',
      cropSuitable: 'on',
      proposerName: 'Ana Quispe Mamani',
      proposerEmail: 'ana@ejemplo.bo',
      consent: 'on',
      consentVersion: PROPOSAL_CONSENT_VERSION,
      [HONEYPOT_FIELD]: '',
    },
    overrides
  )
}

/** A valid "suggest a candidate" post; `overrides` replace fields (undefined removes one). */
export function suggestionForm(
  overrides: Record<string, string | undefined> = {}
): Record<string, string> {
  return withOverrides(
    {
      kind: 'organization',
      candidateName: 'Red de Telecentros de Honduras',
      organization: '',
      country: 'HN',
      programme: 'dnssec-training',
      why: 'An ISP network in Olancho that has not signed its zones.',
      contactEmail: 'contacto@telecentros.hn',
      contactOther: '',
      contactBasis: 'public-professional',
      suggesterName: 'Luis Ortega',
      suggesterEmail: 'luis@ejemplo.org',
      consent: 'on',
      consentVersion: SUGGESTION_CONSENT_VERSION,
      [HONEYPOT_FIELD]: '',
    },
    overrides
  )
}

let client = 0

/** A form post as a browser on this site sends it, from a new client address each time. */
export function postForm(
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = SAME_ORIGIN
): Promise<Response> {
  client += 1
  return SELF.fetch(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'CF-Connecting-IP': `198.51.100.${client % 250}`,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
}

/** A GET through the Worker, redirects not followed. */
export function getPage(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(`${ORIGIN}${path}`, { headers, redirect: 'manual' })
}

/** How many rows a member input table holds. */
export async function rowCount(
  table: 'event_proposals' | 'candidate_suggestions'
): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS count FROM ${table}`).first<{
    count: number
  }>()
  return row?.count ?? 0
}

/** Every row of a member input table, in arrival order. */
export async function storedRows(
  table: 'event_proposals' | 'candidate_suggestions'
): Promise<Record<string, unknown>[]> {
  const { results } = await env.DB.prepare(`SELECT * FROM ${table} ORDER BY arrival`).all()
  return results
}

export interface PageElement {
  attributes: Record<string, string>
  text: string
}

/** The elements matching a CSS selector, with their attributes and text (HTMLRewriter). */
export async function select(html: string, selector: string): Promise<PageElement[]> {
  const found: PageElement[] = []
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        found.push({ attributes: Object.fromEntries(element.attributes), text: '' })
      },
      text(chunk) {
        const last = found.at(-1)
        if (last) last.text += chunk.text
      },
    })
    .transform(new Response(html))
    .text()
  return found
}

/** The one element matching `selector` (the test fails if there are none or several). */
export async function one(html: string, selector: string): Promise<PageElement> {
  const [first, ...rest] = await select(html, selector)
  expect(first, `one element for ${selector}`).toBeDefined()
  expect(rest, `only one element for ${selector}`).toEqual([])
  return first as PageElement
}

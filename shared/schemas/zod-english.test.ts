import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { nfcText } from './primitives'
import './zod-english'

const SHARED = path.resolve(import.meta.dirname, '..')

function modulesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return modulesIn(file)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : []
  })
}

describe('zod/mini with English issue messages', () => {
  it('words generic issues as zod classic does, though nothing here loaded zod classic', () => {
    expect(nfcText({ max: 3 }).safeParse('Cancún').error?.issues[0]?.message).toBe(
      'Too big: expected string to have <=3 characters'
    )
    expect(z.object({ title: z.string() }).safeParse({}).error?.issues[0]?.message).toBe(
      'Invalid input: expected string, received undefined'
    )
  })

  it('leaves the message of our own rules as the schema names it', () => {
    const eventId = z.string().check(z.regex(/^[a-z]+$/, 'invalid_event_id'))
    expect(eventId.safeParse('A').error?.issues[0]?.message).toBe('invalid_event_id')
  })

  it('is what every schema module of shared/ builds with: no module imports zod classic', () => {
    const classic = modulesIn(SHARED).filter((file) =>
      /from 'zod'|from "zod"|from 'zod\/v4'|import\('zod'\)/.test(readFileSync(file, 'utf8'))
    )
    expect(classic.map((file) => path.relative(SHARED, file))).toEqual([])
  })
})

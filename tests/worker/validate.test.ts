// validate(): the one validator; a bad request gets a localized 422 and the handler never runs.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { isoDate } from '../../shared/schemas/primitives'
import type { ApiErrorBody } from '../../worker/src/errors'
import { handleError } from '../../worker/src/errors'
import { validate } from '../../worker/src/validate'

let handled = 0
const app = new Hono()
  .get('/api/range', validate('query', z.object({ from: isoDate })), (c) => {
    handled++
    return c.json(c.req.valid('query'))
  })
  .post('/api/echo', validate('json', z.object({ title: z.string().min(1) })), (c) =>
    c.json(c.req.valid('json'))
  )
app.onError(handleError)

describe('validate', () => {
  it('passes valid data to the handler, parsed by the schema', async () => {
    const res = await app.request('/api/range?from=2023-05-25')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ from: '2023-05-25' })
  })

  it('answers 422 with each problem in the language asked for, without running the handler', async () => {
    const before = handled
    const res = await app.request('/api/range?from=2023-02-30&lang=es')
    expect(res.status).toBe(422)
    const body = (await res.json()) as ApiErrorBody
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.message).toContain('No se cambió nada')
    expect(body.error.problems).toEqual([
      expect.objectContaining({ path: 'from', message: expect.stringContaining('2023-02-30') }),
    ])
    expect(handled).toBe(before)
  })

  it('answers 422 invalid_json for a body that is not JSON or not sent as JSON', async () => {
    for (const init of [
      { body: '{"title":', headers: { 'Content-Type': 'application/json' } },
      { body: '{"title":"x"}', headers: { 'Content-Type': 'text/plain' } },
    ]) {
      const res = await app.request('/api/echo', { method: 'POST', ...init })
      expect(res.status).toBe(422)
      expect(((await res.json()) as ApiErrorBody).error.code).toBe('invalid_json')
    }
    const ok = await app.request('/api/echo', {
      method: 'POST',
      body: '{"title":"Foro"}',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    })
    expect(await ok.json()).toEqual({ title: 'Foro' })
  })
})

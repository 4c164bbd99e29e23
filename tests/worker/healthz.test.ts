import { SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'

describe('GET /healthz', () => {
  it('answers ok as plain text', async () => {
    const res = await SELF.fetch('http://example.com/healthz')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('ok')
  })

  it('answers 404 for a route that does not exist', async () => {
    const res = await SELF.fetch('http://example.com/nope')
    expect(res.status).toBe(404)
  })
})

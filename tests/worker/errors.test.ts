// handleError: one JSON shape for /api and /admin, a plain page elsewhere, no leaks on 500.
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, handleError } from '../../worker/src/errors'

function appThrowing(error: () => Error) {
  const app = new Hono()
  app.get('/api/boom', () => {
    throw error()
  })
  app.get('/admin/boom', () => {
    throw error()
  })
  app.get('/webinars/boom', () => {
    throw error()
  })
  app.onError(handleError)
  return app
}

describe('handleError', () => {
  it('answers a crash with a generic 500 that leaks neither message nor stack', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = appThrowing(() => new Error('D1 password=hunter2 at line 42'))
    const res = await app.request('/api/boom')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal_error', message: expect.stringContaining('went wrong') },
    })
    expect(text).not.toContain('hunter2')
    expect(text).not.toMatch(/at .*\.ts/)
    // the operator still finds it in the log
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('hunter2') })
    )
    const page = await app.request('/webinars/boom')
    expect(page.status).toBe(500)
    expect(page.headers.get('Content-Type')).toContain('text/html')
    expect(await page.text()).not.toContain('hunter2')
    log.mockRestore()
  })

  it('keeps an ApiError’s status, code, localized message and problems', async () => {
    const app = appThrowing(
      () =>
        new ApiError(422, {
          code: 'invalid_request',
          messageKey: 'error.invalidRequest',
          problems: [{ path: 'title', field: 'Title', message: 'Title: required' }],
        })
    )
    const res = await app.request('/admin/boom?lang=fr')
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: expect.stringContaining("Rien n'a été modifié"),
        problems: [{ path: 'title', field: 'Title', message: 'Title: required' }],
      },
    })
  })

  it('gives Hono’s own HTTPExceptions a code and a message in the reader’s language', async () => {
    const app = appThrowing(() => new HTTPException(404, { message: 'internal detail' }))
    const res = await app.request('/api/boom', { headers: { 'Accept-Language': 'es' } })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'No hay nada en esta dirección. Revise el enlace.' },
    })
  })

  it('renders a plain, escaped page for HTML routes, in the page’s language', async () => {
    const app = appThrowing(() => new HTTPException(404))
    const res = await app.request('/webinars/boom?lang=pt')
    expect(res.status).toBe(404)
    const page = await res.text()
    expect(page).toContain('<html lang="pt">')
    expect(page).toContain('Não há nada neste endereço')
    expect(page).toContain('Erro 404')
  })
})

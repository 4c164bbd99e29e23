import { describe, expect, it } from 'vitest'
import { caughtActionError } from '../testing/caught-action-error'
import { createFakePropertiesService } from '../testing/fake-properties-service'
import {
  ADMIN_SECRET_PROPERTY,
  readWorkerSettings,
  saveWorkerSettings,
  WORKER_URL_PROPERTY,
  workerConnection,
} from './worker-settings'

const SECRET = 'a-long-enough-admin-secret'

function store() {
  return createFakePropertiesService().getScriptProperties()
}

describe('Worker settings', () => {
  it('saves a normalized URL and the secret, and shows only whether a secret is set', () => {
    const properties = store()
    const view = saveWorkerSettings(properties, {
      workerUrl: ' HTTPS://Lacralo.Example.workers.dev/ ',
      secret: `  ${SECRET}  `,
    })
    expect(view).toEqual({ workerUrl: 'https://lacralo.example.workers.dev', secretSet: true })
    expect(JSON.stringify(view)).not.toContain(SECRET)
    expect(properties.getProperty(ADMIN_SECRET_PROPERTY)).toBe(SECRET)
    expect(readWorkerSettings(properties)).toEqual(view)
  })

  it('changes one setting and keeps the other when the other is left empty', () => {
    const properties = store()
    saveWorkerSettings(properties, { workerUrl: 'https://a.example.org', secret: SECRET })
    saveWorkerSettings(properties, { workerUrl: 'http://127.0.0.1:8787', secret: '' })
    expect(properties.getProperty(ADMIN_SECRET_PROPERTY)).toBe(SECRET)
    expect(properties.getProperty(WORKER_URL_PROPERTY)).toBe('http://127.0.0.1:8787')
  })

  it.each([
    [{ workerUrl: 'http://lacralo.example.org', secret: SECRET }, 'actions.settings.badUrl'],
    [{ workerUrl: 'https://ok.example.org', secret: 'short' }, 'actions.settings.shortSecret'],
    [{ workerUrl: 42 }, 'actions.input.notText'],
    [{}, 'actions.settings.nothingToSave'],
    ['https://ok.example.org', 'actions.settings.nothingToSave'],
  ])('saves nothing at all for %j', (input, key) => {
    const properties = store()
    saveWorkerSettings(properties, { workerUrl: 'https://before.example.org', secret: SECRET })
    const error = caughtActionError(() => saveWorkerSettings(properties, input))
    expect([error.code, error.key]).toEqual(['invalid-input', key])
    expect(properties.getProperties()).toEqual({
      [WORKER_URL_PROPERTY]: 'https://before.example.org',
      [ADMIN_SECRET_PROPERTY]: SECRET,
    })
  })

  it('explains a bad URL with an example, in the user’s language', () => {
    const error = caughtActionError(() =>
      saveWorkerSettings(store(), { workerUrl: 'lacralo.example.org' })
    )
    expect(error.localized('pt')).toBe(
      '“lacralo.example.org” não é uma URL de Worker. Informe um endereço que comece com https://, como https://lacralo-outreach.example.workers.dev (ou http://127.0.0.1:8787 para um Worker neste computador). Nada foi salvo.'
    )
  })

  it('refuses to connect until both the URL and the secret are set', () => {
    const properties = store()
    expect(caughtActionError(() => workerConnection(properties)).code).toBe('not-configured')
    saveWorkerSettings(properties, { workerUrl: 'https://a.example.org' })
    expect(caughtActionError(() => workerConnection(properties)).code).toBe('not-configured')
    saveWorkerSettings(properties, { secret: SECRET })
    expect(workerConnection(properties)).toEqual({
      url: { base: 'https://a.example.org', basePath: '' },
      secret: SECRET,
    })
  })
})

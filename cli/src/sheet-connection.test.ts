// Signing in and reaching the spreadsheet: every failure says what to do, in the user's language.
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { spreadsheetIdFrom } from './sheet-connection'
import { createTestServiceAccount } from './testing/fake-sheets-server'
import { type SheetsTestbed, startSheetsTestbed } from './testing/fake-sheets-testbed'

const ID = '1LacraloDashboardAccessTest000001'

let bed: SheetsTestbed | undefined
afterEach(async () => {
  await bed?.close()
  bed = undefined
})

async function testbed(options?: Parameters<typeof startSheetsTestbed>[0]) {
  bed = await startSheetsTestbed(options)
  return bed
}

const init = (current: SheetsTestbed, ...more: string[]) =>
  current.run(['sheet', 'init', '--spreadsheet', ID, ...more])

describe('when Google says no', () => {
  it('403: names the service account to share the spreadsheet with, as Editor', async () => {
    const current = await testbed()
    current.addSpreadsheet({ id: ID, editors: [] })
    const email = current.account.clientEmail
    const en = await init(current)
    expect(en.code).toBe(1)
    expect(en.err).toBe(
      `lacralo: ${email} cannot open the spreadsheet ${ID}. Share the spreadsheet with ${email} as Editor (the Share button, top right), then try again.\n`
    )
    const es = await init(current, '--lang', 'es')
    expect(es.err).toBe(
      `lacralo: ${email} no puede abrir la hoja de cálculo ${ID}. Compártala con ${email} como Editor (botón Compartir, arriba a la derecha) y vuelva a intentarlo.\n`
    )
  })

  it('403 SERVICE_DISABLED: says to enable the Sheets API in the project Google names', async () => {
    const current = await testbed({ sheetsApiEnabled: false, projectNumber: '987654321098' })
    current.addSpreadsheet({ id: ID })
    const { code, err } = await init(current, '--lang', 'pt')
    expect(code).toBe(1)
    expect(err).toBe(
      'lacralo: a API do Google Sheets não está ativada no projeto do Cloud 987654321098. Ative-a (console do Cloud › APIs e serviços › Biblioteca › Google Sheets API › Ativar), aguarde alguns minutos e tente de novo.\n'
    )
  })

  it('404: says to check the id, the long part of the URL between /d/ and /edit', async () => {
    const current = await testbed()
    const { code, err } = await init(current, '--lang', 'fr')
    expect(code).toBe(1)
    expect(err).toBe(
      `lacralo: il n’existe aucune feuille de calcul avec l’identifiant ${ID}. Vérifiez l’identifiant\u00a0: c’est la longue partie de l’URL de la feuille, entre /d/ et /edit.\n`
    )
  })

  it('401: a key Google does not accept (deleted, or another account’s) says to make a new one', async () => {
    const current = await testbed()
    current.addSpreadsheet({ id: ID })
    // Same account name, another private key: the signature does not match the account's key.
    const { keyFile } = createTestServiceAccount()
    const stale = path.join(current.dir, 'stale-key.json')
    await writeFile(stale, JSON.stringify(keyFile))
    const { code, err } = await init(current, '--credentials', stale)
    expect(code).toBe(1)
    expect(err).toMatch(/^lacralo: Google refused the credentials \(Request had invalid/)
    expect(err).toContain('create a new JSON key and try again.')
  })

  it('no network: says Google cannot be reached, with the reason', async () => {
    const current = await testbed()
    const closed = await new Promise<number>((resolve) => {
      const server = createServer()
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number }
        server.close(() => resolve(port))
      })
    })
    const { code, err } = await current.run(['sheet', 'init', '--spreadsheet', ID], {
      LACRALO_SHEETS_ROOT_URL: `http://127.0.0.1:${closed}/`,
    })
    expect(code).toBe(1)
    expect(err).toBe(
      'lacralo: cannot reach the Google Sheets API (ECONNREFUSED). Check the network connection (and the proxy, if there is one), then try again.\n'
    )
  })
})

describe('when the credentials are not usable, nothing is sent', () => {
  it('a key file that does not exist: names the path and where to give it', async () => {
    const current = await testbed()
    const missing = path.join(current.dir, 'no-such-key.json')
    const { code, err } = await init(current, '--credentials', missing)
    expect(code).toBe(2)
    expect(err).toBe(
      `lacralo: cannot read the key file ${missing}: there is no such file. Give the path of the service account's JSON key with --credentials, or set GOOGLE_APPLICATION_CREDENTIALS to it.\n`
    )
    expect(current.server.requests).toEqual([])
  })

  it('GOOGLE_APPLICATION_CREDENTIALS naming a missing file: the same message, in Spanish', async () => {
    const current = await testbed()
    const missing = path.join(current.dir, 'gone.json')
    const { code, err } = await current.run(['sheet', 'init', '--spreadsheet', ID], {
      GOOGLE_APPLICATION_CREDENTIALS: missing,
      LANG: 'es_AR.UTF-8',
    })
    expect(code).toBe(2)
    expect(err).toContain(`no se puede leer el archivo de clave ${missing}: ese archivo no existe.`)
  })

  it.each([
    ['not JSON', 'PRIVATE KEY', 'is not a JSON key file. Download the service account'],
    [
      'an OAuth client file',
      JSON.stringify({ installed: { client_id: 'x.apps.googleusercontent.com' } }),
      'is an OAuth client file, not a service account key.',
    ],
    [
      'another kind of credentials',
      JSON.stringify({ type: 'external_account', audience: 'x' }),
      "holds credentials of type 'external_account'.",
    ],
    [
      'a key without its private key',
      JSON.stringify({ type: 'service_account', client_email: 'a@b.iam.gserviceaccount.com' }),
      'is not a complete service account key (private_key missing or wrong).',
    ],
  ])('a malformed key file (%s): says what is wrong with it', async (_, content, message) => {
    const current = await testbed()
    const file = path.join(current.dir, 'bad-key.json')
    await writeFile(file, content)
    const { code, err } = await init(current, '--credentials', file)
    expect(code).toBe(2)
    expect(err).toContain(`lacralo: ${file} ${message}`)
    expect(current.server.requests).toEqual([])
  })
})

describe('the spreadsheet option', () => {
  it('takes the id, or the whole URL of the spreadsheet', () => {
    expect(spreadsheetIdFrom({ spreadsheet: ID }, 'en')).toBe(ID)
    expect(
      spreadsheetIdFrom(
        { spreadsheet: `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0` },
        'en'
      )
    ).toBe(ID)
  })

  it('refuses anything else, pointing at the help, before any request', async () => {
    const current = await testbed()
    const missing = await current.run(['sheet', 'init'])
    expect(missing.code).toBe(2)
    expect(missing.err).toBe(
      "lacralo: the spreadsheet is missing: give --spreadsheet <id> (the long part of its URL, between /d/ and /edit).\nSee 'lacralo sheet init --help'.\n"
    )
    const wrong = await current.run(['sheet', 'init', '--spreadsheet', 'my dashboard'])
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain("'my dashboard' is not a spreadsheet id.")
    expect(current.server.requests).toEqual([])
  })
})

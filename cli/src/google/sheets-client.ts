// Builds the Google Sheets API client `lacralo sheet` works through: its credentials, scope and
// address (Google's, or a local server's for tests).
import { auth, sheets, type sheets_v4 } from '@googleapis/sheets'
import { t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { CliError } from '../cli-error'
import type { CliIo } from '../cli-io'
import { type CredentialsFile, readCredentialsFile } from './credentials-file'

/** The one scope the commands need: read and write the spreadsheets the account can open. */
export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets'

/** How long one request may take before the command gives up. */
const REQUEST_TIMEOUT_MS = 60_000

/** The client, and who it acts as (for the messages that say whom to share the spreadsheet with). */
export interface SheetsConnection {
  api: sheets_v4.Sheets
  /** The service account's email, when the credentials name it. */
  account: string | null
  /** The Cloud project of the credentials, when they name it. */
  projectId: string | null
}

function rootUrlFrom(env: CliIo['env'], locale: Locale): string | undefined {
  const rootUrl = env.LACRALO_SHEETS_ROOT_URL?.trim()
  if (!rootUrl) return undefined
  if (!/^https?:\/\//i.test(rootUrl) || !URL.canParse(rootUrl))
    throw new CliError(t(locale, 'cli.sheet.error.badRootUrl', { url: rootUrl }))
  return rootUrl.endsWith('/') ? rootUrl : `${rootUrl}/`
}

// The library's own constructors, from the checked file (Google asks that a credentials file from
// outside be checked before use, and deprecates handing it over unchecked).
function authClient(credentials: CredentialsFile | undefined, localServer: boolean) {
  if (!credentials) return new auth.GoogleAuth({ scopes: [SPREADSHEETS_SCOPE] })
  if (credentials.type === 'service_account') {
    const jwt = new auth.JWT({
      email: credentials.client_email,
      key: credentials.private_key,
      ...(typeof credentials.private_key_id === 'string'
        ? { keyId: credentials.private_key_id }
        : {}),
      scopes: [SPREADSHEETS_SCOPE],
    })
    if (localServer) jwt.useJWTAccessWithScope = true
    return jwt
  }
  const user = new auth.OAuth2({
    clientId: credentials.client_id,
    clientSecret: credentials.client_secret,
  })
  user.setCredentials({ refresh_token: credentials.refresh_token })
  // gcloud's user credentials bill the calls to the project set with set-quota-project.
  if (typeof credentials.quota_project_id === 'string')
    user.quotaProjectId = credentials.quota_project_id
  return user
}

/**
 * Connects to the Sheets API with, in this order: the key file given with --credentials, the
 * one GOOGLE_APPLICATION_CREDENTIALS names, or Google's application default credentials. A bad
 * key file is a CliError (exit 2) before anything is sent.
 *
 * LACRALO_SHEETS_ROOT_URL sends every request to another server (a local fake in the tests).
 * Such a server has no Google token endpoint to trade a key at, so a service account then signs
 * its own token (a self-signed JWT carrying the scope), which the client library sends as is.
 *
 * @example
 * const { api, account } = await connectToSheets({ credentials: 'key.json', io, locale: 'es' })
 * await api.spreadsheets.get({ spreadsheetId, fields: 'properties.title' })
 */
export async function connectToSheets(options: {
  credentials?: string
  io: Pick<CliIo, 'readFile' | 'env'>
  locale: Locale
}): Promise<SheetsConnection> {
  const { io, locale } = options
  const rootUrl = rootUrlFrom(io.env, locale)
  const file = options.credentials ?? (io.env.GOOGLE_APPLICATION_CREDENTIALS?.trim() || undefined)
  const credentials: CredentialsFile | undefined = file
    ? await readCredentialsFile(file, { io, locale })
    : undefined
  const api = sheets({
    version: 'v4',
    auth: authClient(credentials, rootUrl !== undefined),
    timeout: REQUEST_TIMEOUT_MS,
    ...(rootUrl ? { rootUrl } : {}),
  })
  const serviceAccount = credentials?.type === 'service_account' ? credentials : null
  return {
    api,
    account: serviceAccount?.client_email ?? null,
    projectId: serviceAccount?.project_id ?? null,
  }
}

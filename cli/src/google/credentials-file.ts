// The credentials file `lacralo sheet` signs in with: a service account's JSON key (or the user
// credentials `gcloud auth application-default login` saves), checked before Google sees it.
import * as z from 'zod'
import { type MessageKey, type MessageParams, t } from '../../../shared/i18n/catalogue'
import type { Locale } from '../../../shared/i18n/locales'
import { CliError } from '../cli-error'
import type { CliIo } from '../cli-io'

const serviceAccountKeySchema = z.looseObject({
  type: z.literal('service_account'),
  client_email: z.string().trim().min(1),
  private_key: z.string().includes('PRIVATE KEY'),
  project_id: z.string().optional(),
})

const authorizedUserSchema = z.looseObject({
  type: z.literal('authorized_user'),
  client_id: z.string().trim().min(1),
  client_secret: z.string().trim().min(1),
  refresh_token: z.string().trim().min(1),
})

/** A service account's JSON key, as the Cloud console downloads it. */
export type ServiceAccountKey = z.infer<typeof serviceAccountKeySchema>
/** Application-default user credentials, as gcloud saves them. */
export type AuthorizedUser = z.infer<typeof authorizedUserSchema>
export type CredentialsFile = ServiceAccountKey | AuthorizedUser

function readFailure(error: unknown, file: string, locale: Locale): CliError {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return new CliError(t(locale, 'cli.sheet.error.keyFileNotFound', { file }))
  const reason =
    code === 'EISDIR'
      ? t(locale, 'cli.sheet.error.isFolder')
      : code === 'EACCES' || code === 'EPERM'
        ? t(locale, 'cli.sheet.error.noReadPermission')
        : error instanceof Error
          ? error.message
          : String(error)
  return new CliError(t(locale, 'cli.sheet.error.keyFileUnreadable', { file, reason }))
}

function malformed(locale: Locale, key: MessageKey, params: MessageParams): CliError {
  return new CliError(t(locale, key, params))
}

/**
 * Reads and checks the credentials file at `file`. Every problem is a CliError (exit 2) that
 * says what is wrong with the file and what to download instead.
 *
 * @example
 * const key = await readCredentialsFile('lacralo-key.json', { io, locale: 'es' })
 * if (key.type === 'service_account') console.log(key.client_email)
 */
export async function readCredentialsFile(
  file: string,
  options: { io: Pick<CliIo, 'readFile'>; locale: Locale }
): Promise<CredentialsFile> {
  const { io, locale } = options
  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    throw readFailure(error, file, locale)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw malformed(locale, 'cli.sheet.error.keyFileNotJson', { file })
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw malformed(locale, 'cli.sheet.error.keyFileNotJson', { file })
  const { type } = json as { type?: unknown }
  // The OAuth client file ("client_secret_….json") is the usual wrong download.
  if (type === undefined && ('installed' in json || 'web' in json))
    throw malformed(locale, 'cli.sheet.error.keyFileOAuthClient', { file })
  const schema =
    type === 'service_account'
      ? serviceAccountKeySchema
      : type === 'authorized_user'
        ? authorizedUserSchema
        : null
  if (!schema)
    throw malformed(locale, 'cli.sheet.error.keyFileWrongType', { file, type: String(type ?? '') })
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))]
    throw malformed(locale, 'cli.sheet.error.keyFileIncomplete', {
      file,
      fields: fields.join(', '),
    })
  }
  return parsed.data
}

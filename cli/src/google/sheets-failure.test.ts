import { describe, expect, it } from 'vitest'
import { sheetsFailure } from './sheets-failure'

const context = {
  spreadsheetId: '1LacraloDashboardFailureTest0001',
  account: 'lacralo-cli@lacralo-toolkit.iam.gserviceaccount.com',
  projectId: 'lacralo-toolkit',
  locale: 'en' as const,
}

const answered = (status: number, data: unknown) => ({
  message: 'request failed',
  config: {},
  response: { status, data },
})

describe('sheetsFailure', () => {
  it('reads the older accessNotConfigured answer as the API being off, in the key’s project', () => {
    const failure = sheetsFailure(
      answered(403, {
        error: {
          code: 403,
          message: 'Access Not Configured.',
          errors: [{ reason: 'accessNotConfigured' }],
        },
      }),
      context
    )
    expect(failure?.message).toContain('not enabled in the Cloud project lacralo-toolkit.')
    expect(failure?.exitCode).toBe(1)
  })

  it('reads the token endpoint’s invalid_grant as refused credentials', () => {
    const failure = sheetsFailure(
      answered(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }),
      context
    )
    expect(failure?.message).toBe(
      'Google refused the credentials (Invalid JWT Signature.). The key may have been deleted or the service account disabled: create a new JSON key and try again.'
    )
  })

  it('asks to share with "the account the credentials belong to" when it has no email', () => {
    const failure = sheetsFailure(
      answered(403, { error: { code: 403, message: 'The caller does not have permission' } }),
      {
        ...context,
        account: null,
      }
    )
    expect(failure?.message).toContain('Share it as Editor with the account they belong to')
  })

  it('says to wait on a quota answer, and passes any other answer on with its status', () => {
    expect(sheetsFailure(answered(429, {}), context)?.message).toContain('Wait a minute')
    expect(
      sheetsFailure(
        answered(400, { error: { code: 400, message: 'Unable to parse range' } }),
        context
      )?.message
    ).toBe('the Google Sheets API answered 400: Unable to parse range')
  })

  it('makes missing default credentials a setup problem (exit 2) with the way to sign in', () => {
    const failure = sheetsFailure(
      new Error(
        'Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.'
      ),
      context
    )
    expect(failure?.exitCode).toBe(2)
    expect(failure?.message).toContain('gcloud auth application-default login')
  })

  it('leaves errors that did not come from Google alone', () => {
    expect(sheetsFailure(new TypeError('x is undefined'), context)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { memoryIo } from '../testing/memory-io'
import { readCredentialsFile } from './credentials-file'

describe('readCredentialsFile', () => {
  it('takes a service account key and the user credentials gcloud saves', async () => {
    const key = {
      type: 'service_account',
      project_id: 'lacralo-toolkit',
      private_key: '-----BEGIN PRIVATE KEY-----\nMII…\n-----END PRIVATE KEY-----\n',
      client_email: 'lacralo-cli@lacralo-toolkit.iam.gserviceaccount.com',
    }
    const user = {
      type: 'authorized_user',
      client_id: '764086051850-x.apps.googleusercontent.com',
      client_secret: 'secret',
      refresh_token: '1//0refresh',
      quota_project_id: 'lacralo-toolkit',
    }
    const io = memoryIo({
      files: { 'key.json': JSON.stringify(key), 'adc.json': JSON.stringify(user) },
    })
    expect(await readCredentialsFile('key.json', { io, locale: 'en' })).toEqual(key)
    expect(await readCredentialsFile('adc.json', { io, locale: 'en' })).toEqual(user)
  })

  it('names every field a key lacks', async () => {
    const io = memoryIo({ files: { 'key.json': JSON.stringify({ type: 'service_account' }) } })
    await expect(readCredentialsFile('key.json', { io, locale: 'en' })).rejects.toThrow(
      'key.json is not a complete service account key (client_email, private_key missing or wrong).'
    )
  })
})

import { describe, expect, it } from 'vitest'
import { createFakeGmailApp } from './fake-gmail'

describe('fake GmailApp drafts', () => {
  it('keeps drafts apart from sent mail, recipients in Bcc, none required in To', () => {
    const { service, mailbox } = createFakeGmailApp()
    const draft = service.createDraft('', 'CROP: viaje', 'Texto', {
      bcc: 'ana@example.org,zoë@correo.example',
      name: 'LACRALO',
    })
    expect(draft.getId()).toMatch(/draft/)
    expect(mailbox.drafts).toEqual([
      {
        to: '',
        bcc: 'ana@example.org,zoë@correo.example',
        subject: 'CROP: viaje',
        body: 'Texto',
        name: 'LACRALO',
      },
    ])
    expect(mailbox.sent).toEqual([])
    expect(() => service.createDraft('', 's', 'b', { bcc: 'not-an-address' })).toThrow(
      /Invalid email/
    )
  })
})

import { describe, expect, it } from 'vitest'
import { createFakeGmailApp } from './fake-gmail'
import { createFakeUtilities } from './fake-utilities'

describe('fake GmailApp', () => {
  it('records messages, attachments read back as text', () => {
    const { service, mailbox } = createFakeGmailApp()
    const ics = createFakeUtilities().newBlob('BEGIN:VCALENDAR', 'text/calendar', 'a.ics')
    service.sendEmail('josé@bücher.example', 'Hola', 'Texto', {
      name: 'LACRALO',
      attachments: [ics],
    })
    expect(mailbox.sent).toEqual([
      {
        to: 'josé@bücher.example',
        subject: 'Hola',
        body: 'Texto',
        name: 'LACRALO',
        attachments: [{ name: 'a.ics', contentType: 'text/calendar', text: 'BEGIN:VCALENDAR' }],
      },
    ])
  })

  it('refuses the recipients a failure picks, and lets them through once recovered', () => {
    const { service, mailbox } = createFakeGmailApp()
    mailbox.failWith('Service invoked too many times for one day: email.', (to) =>
      to.startsWith('b')
    )
    service.sendEmail('a@x.example', 's', 'b')
    expect(() => service.sendEmail('b@x.example', 's', 'b')).toThrow(/too many times/)
    mailbox.recover()
    service.sendEmail('b@x.example', 's', 'b')
    expect(mailbox.sent.map((email) => email.to)).toEqual(['a@x.example', 'b@x.example'])
    expect(() => service.sendEmail('', 's', 'b')).toThrow(/Invalid email/)
    expect(() => service.sendEmail('a@x.example', 's', 'b', { attachments: ['text'] })).toThrow(
      /attachments/
    )
  })
})

// In-memory stand-in for GmailApp.sendEmail and createDraft: records each message (attachments
// read back as text) and each draft, and can refuse some recipients or all, as a full quota does.
import { isFakeBlob } from './fake-utilities'

/** An email the code under test sent. */
export interface SentEmail {
  to: string
  subject: string
  body: string
  /** The sender's display name, if given. */
  name: string | null
  attachments: { name: string | null; contentType: string | null; text: string }[]
}

interface SendOptions {
  name?: string
  attachments?: unknown[]
  htmlBody?: string
  replyTo?: string
  bcc?: string
}

/** A draft the code under test created: its recipients as comma-separated lists. */
export interface DraftEmail {
  to: string
  bcc: string
  subject: string
  body: string
  name: string | null
}

export interface FakeGmailApp {
  sendEmail(recipient: string, subject: string, body: string, options?: SendOptions): FakeGmailApp
  createDraft(
    recipient: string,
    subject: string,
    body: string,
    options?: SendOptions
  ): { getId(): string }
}

/** The test's view of the mailbox. */
export interface FakeMailbox {
  readonly sent: SentEmail[]
  /** Drafts left in the user's Drafts folder, in order. */
  readonly drafts: DraftEmail[]
  /** Makes sendEmail throw `message` for the recipients `refuse` picks (all when it is omitted). */
  failWith(message: string, refuse?: (recipient: string) => boolean): void
  /** Lets every later message through. */
  recover(): void
}

/**
 * A fresh GmailApp and its mailbox. Recipients are taken as written, internationalized
 * addresses included, as Gmail takes them; an empty recipient or subject is refused.
 *
 * @example
 * const { service, mailbox } = createFakeGmailApp()
 * service.sendEmail('zoë@correo.example', 'Hola', 'Texto')
 * mailbox.sent[0]?.to // 'zoë@correo.example'
 */
export function createFakeGmailApp(): { service: FakeGmailApp; mailbox: FakeMailbox } {
  const sent: SentEmail[] = []
  const drafts: DraftEmail[] = []
  let failure: { message: string; refuse: (recipient: string) => boolean } | null = null
  const service: FakeGmailApp = {
    sendEmail(recipient, subject, body, options = {}) {
      if (typeof recipient !== 'string' || recipient.trim() === '' || !recipient.includes('@')) {
        throw new Error(`Exception: Invalid email: ${String(recipient)}`)
      }
      if (typeof subject !== 'string' || typeof body !== 'string') {
        throw new Error(
          "Exception: The parameters don't match the method signature for GmailApp.sendEmail."
        )
      }
      if (failure?.refuse(recipient)) throw new Error(failure.message)
      const attachments = (options.attachments ?? []).map((attachment) => {
        if (!isFakeBlob(attachment)) throw new Error('Exception: Invalid argument: attachments')
        return {
          name: attachment.getName(),
          contentType: attachment.getContentType(),
          text: attachment.getDataAsString(),
        }
      })
      sent.push({ to: recipient, subject, body, name: options.name ?? null, attachments })
      return service
    },
    createDraft(recipient, subject, body, options = {}) {
      // A draft may have no recipient yet; every address it names must look like one.
      const addresses = [recipient, options.bcc ?? '']
        .flatMap((list) => String(list).split(','))
        .map((address) => address.trim())
        .filter(Boolean)
      const bad = addresses.find((address) => !address.includes('@'))
      if (bad !== undefined) throw new Error(`Exception: Invalid email: ${bad}`)
      if (typeof subject !== 'string' || typeof body !== 'string') {
        throw new Error(
          "Exception: The parameters don't match the method signature for GmailApp.createDraft."
        )
      }
      if (failure?.refuse(recipient)) throw new Error(failure.message)
      drafts.push({
        to: recipient,
        bcc: options.bcc ?? '',
        subject,
        body,
        name: options.name ?? null,
      })
      const id = `r-draft-${drafts.length}`
      return { getId: () => id }
    },
  }
  return {
    service,
    mailbox: {
      sent,
      drafts,
      failWith(message, refuse = () => true) {
        failure = { message, refuse }
      },
      recover() {
        failure = null
      },
    },
  }
}

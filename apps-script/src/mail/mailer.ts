// The one place the add-on sends email: GmailApp, behind a plain-data interface.
import type { HostBlob } from '../worker-client/apps-script-http'

/** A file to attach, as text. */
export interface MailAttachment {
  fileName: string
  mimeType: string
  content: string
}

/** One message to one person. */
export interface OutgoingEmail {
  /** The address as the person wrote it; internationalized addresses are sent as they are. */
  to: string
  subject: string
  /** Plain text. */
  body: string
  /** The sender's display name. */
  senderName: string
  attachments: MailAttachment[]
}

export interface Mailer {
  /** Sends the message; throws with the mail service's reason when it refuses. */
  send(email: OutgoingEmail): void
}

/** `GmailApp`, reduced to sendEmail. */
export interface HostGmailApp {
  sendEmail(
    recipient: string,
    subject: string,
    body: string,
    options: { name: string; attachments: HostBlob[] }
  ): unknown
}

/** `Utilities`, reduced to making a blob from text. */
export interface HostBlobFactory {
  newBlob(data: string, contentType: string, name: string): HostBlob
}

/**
 * A Mailer over GmailApp. Gmail accepts internationalized recipient addresses (zoë@correo.example,
 * josé@bücher.example), which is why the add-on sends through it.
 *
 * @example
 * createGmailMailer(GmailApp, Utilities).send({ to, subject, body, senderName: 'LACRALO', attachments: [] })
 */
export function createGmailMailer(gmail: HostGmailApp, blobs: HostBlobFactory): Mailer {
  return {
    send(email) {
      gmail.sendEmail(email.to, email.subject, email.body, {
        name: email.senderName,
        attachments: email.attachments.map((attachment) =>
          blobs.newBlob(attachment.content, attachment.mimeType, attachment.fileName)
        ),
      })
    },
  }
}

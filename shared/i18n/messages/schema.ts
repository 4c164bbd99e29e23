// Messages of the schema surface.
import { defineMessages } from '../define-messages'

export const schemaMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})

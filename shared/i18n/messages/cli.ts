// Messages of the cli surface.
import { defineMessages } from '../define-messages'

export const cliMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})

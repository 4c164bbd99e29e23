// Messages of the add-on's outreach pipeline: moving a prospect between stages and inviting
// them to a teleconference (the bilingual invitation email included).
import { defineMessages } from '../define-messages'

export const addonProspectMessages = defineMessages({
  en: {
    'prospects.action.title': 'Prospects',
  },
  es: {
    'prospects.action.title': 'Prospectos',
  },
  pt: {
    'prospects.action.title': 'Prospectos',
  },
  fr: {
    'prospects.action.title': 'Prospects',
  },
})

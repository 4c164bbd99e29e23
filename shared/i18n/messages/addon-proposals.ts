// Messages of the add-on's member-input actions: syncing proposals and suggestions, accepting or
// rejecting a proposal, and the emails that tell the proposer.
import { defineMessages } from '../define-messages'

export const addonProposalMessages = defineMessages({
  en: {
    'proposals.action.title': 'Member proposals',
  },
  es: {
    'proposals.action.title': 'Propuestas de los miembros',
  },
  pt: {
    'proposals.action.title': 'Propostas dos membros',
  },
  fr: {
    'proposals.action.title': 'Propositions des membres',
  },
})

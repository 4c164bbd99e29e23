// The versions of the member input forms' consent texts: what each stored row records.

/**
 * The version of `memberInput.propose.consent.text`. Change it whenever that text changes in
 * any language: a form loaded with the old text is then asked to agree again.
 *
 * @example
 * { consent: 'on', consentVersion: PROPOSAL_CONSENT_VERSION }
 */
export const PROPOSAL_CONSENT_VERSION = '2026-11'

/**
 * The version of the suggestion form's consent: `memberInput.suggest.consent.text` and the
 * privacy notice above it (`memberInput.suggest.privacy.*`), which the box confirms.
 *
 * @example
 * { consent: 'on', consentVersion: SUGGESTION_CONSENT_VERSION }
 */
export const SUGGESTION_CONSENT_VERSION = '2026-11'

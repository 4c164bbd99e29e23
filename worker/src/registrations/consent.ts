// The consent text's version: what a registration records that the person agreed to.

/**
 * The version of `registration.consent.text`. Change it whenever that text changes in any
 * language: a form loaded with the old text is then asked to agree again, and every stored
 * registration keeps the version its person actually read.
 *
 * @example
 * { consent: 'on', consentVersion: CONSENT_TEXT_VERSION }
 */
export const CONSENT_TEXT_VERSION = '2026-11'

// Launches Debian's Chromium (apt's `chromium`) through playwright-core; never a downloaded one.
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Where Debian installs Chromium (`apt-get install -y chromium`, as .ci/run does). */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * A headless Chromium for browser tests; close it in `afterAll`.
 *
 * @example
 * const browser = await launchChromium()
 * const page = await browser.newPage({ viewport: { width: 360, height: 800 } })
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is missing: install it with 'apt-get install -y chromium'`)
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

// Test projects: plain Node (shared, add-on, CLI), Chromium against a local Worker, and
// workerd (the Worker with real D1).
import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'worker/migrations'))
  return {
    test: {
      projects: [
        {
          test: {
            name: 'node',
            environment: 'node',
            include: [
              'shared/**/*.test.ts',
              'apps-script/**/*.test.ts',
              'cli/**/*.test.ts',
              'tests/node/**/*.test.ts',
            ],
          },
        },
        {
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: path.join(root, 'wrangler.toml') },
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations, ADMIN_SECRET: 'test-admin-secret' },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['tests/worker/**/*.test.ts'],
            setupFiles: ['tests/worker/apply-migrations.ts'],
          },
        },
      ],
    },
  }
})

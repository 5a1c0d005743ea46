import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { thirdPartyNoticesHooks } from './scripts/third-party-notices';

// The manifest is declared here; host match patterns live in lib/sites/supported.ts so that the content script,
// the options page and the tests read one list.
export default defineConfig({
  // `RW_OUTPUT_DIR` moves every build elsewhere (scripts/output-dir.mjs), for a second build beside the first.
  outDir: process.env.RW_OUTPUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the daily check of subscribed packs (entrypoints/background/packs.ts).
    permissions: ['storage', 'scripting', 'alarms', 'unlimitedStorage'],
    // Chrome reads enterprise policy for the extension (packs for the team) through this schema; Firefox reads
    // policies.json's "3rdparty" section without one (docs/packs.md).
    ...(manifestVersion === 3 ? { storage: { managed_schema: 'managed-schema.json' } } : {}),
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['editor-bridge.js'], matches: ['https://*/*', 'http://*/*'] }]
        : ['editor-bridge.js'],
    browser_specific_settings: {
      gecko: { id: 'replywell@replywell.app', strict_min_version: '115.0' },
    },
  }),
  vite: () => ({ plugins: [preact()] }),
  // Every production build gets THIRD-PARTY-NOTICES.txt: the bundled npm packages with their licence texts; the build
  // fails on a package without a licence or with one outside the allow-list (scripts/third-party-notices.ts).
  hooks: thirdPartyNoticesHooks('Replywell'),
});

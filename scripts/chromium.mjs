// How Replywell's scripts and tests start Chromium: one list of flags and one place that finds the browser.
import { existsSync } from 'node:fs';

/**
 * Flags that keep Chromium from talking to Google's services on its own (MACHINE-NOTES.md): on a closed network
 * those connections fail by the dozen; on any network they are traffic nobody asked for.
 */
export const QUIET_ARGS = ['--no-first-run', '--no-default-browser-check', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Flags for automated runs: root in a container needs no sandbox, and headless machines have no GPU. */
export const AUTOMATION_ARGS = ['--no-sandbox', '--disable-gpu', ...QUIET_ARGS];

/** Flags that load one unpacked extension and no other. */
export function getExtensionArgs(extensionDir) {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

/** The browser for tests: `CHROMIUM_PATH`, else Debian's Chromium, else undefined (Playwright's own, if installed). */
export function getChromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

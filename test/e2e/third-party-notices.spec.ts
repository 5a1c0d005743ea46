import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { OUTPUT_DIR } from '../../scripts/output-dir.mjs';
import { NOTICES_FILE_NAME } from '../../scripts/third-party-notices';

// The built Chrome and Firefox extensions carry THIRD-PARTY-NOTICES.txt with every runtime dependency's licence
// text as the installed package ships it (no browser needed: this reads the build output of `npm run build`).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

/** The installed (top-level) package's manifest, licence file and NOTICE file. */
function readInstalled(name: string) {
  const dir = join(ROOT, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
  const read = (pattern: RegExp) => {
    const file = readdirSync(dir).find((entry) => pattern.test(entry));
    return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
  };
  return { ...manifest, licenceText: read(/^licen[cs]e/i), noticeText: read(/^notice/i) };
}

/** The part of the notices file about one package, from its heading to the next. */
function getSection(notices: string, name: string, version: string): string | undefined {
  const rule = '='.repeat(80);
  const start = notices.indexOf(`${rule}\n${name} ${version}\n${rule}\n`);
  if (start < 0) return undefined;
  const next = notices.indexOf(`\n\n${rule}\n`, start + 1);
  return notices.slice(start, next < 0 ? undefined : next);
}

// Libraries of the test fixtures and benchmarks that never ship.
const NOT_BUNDLED = ['ckeditor5', 'lexical', 'quill', 'prosemirror-view', 'draft-js', 'react-dom', 'alex', 'write-good', 'minisearch', 'fuse.js', 'date-holidays', 'tinyld', 'franc'];

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  test(`the ${target} build carries the licences of the packages it bundles`, () => {
    const path = join(OUTPUT_DIR, target, NOTICES_FILE_NAME);
    if (!existsSync(path)) throw new Error(`No ${NOTICES_FILE_NAME} in ${join(OUTPUT_DIR, target)}: run \`npm run build\` first.`);
    const notices = readFileSync(path, 'utf8');
    expect(notices).toMatch(new RegExp(`^Third-party software in Replywell [\\d.]+ \\(${target}\\)\n`));

    // Every runtime dependency is bundled into some entrypoint, so each must be listed with its own licence file.
    const names = [...Object.keys(packageJson.dependencies), 'wxt'];
    expect(names).toEqual(expect.arrayContaining(['preact', 'dexie', 'eld', 'dompurify', 'zod']));
    for (const name of names) {
      const installed = readInstalled(name);
      const section = getSection(notices, name, installed.version);
      expect(section, `${name} ${installed.version} in ${target}`).toBeDefined();
      expect(section).toContain(`\nLicence: ${installed.license}\n`);
      expect(section).toMatch(/\nSource: https:\/\/\S+\n/);
      if (installed.licenceText) expect(section, `${name}'s licence text`).toContain(installed.licenceText);
      else expect(section).toContain('The package ships no licence file');
      if (installed.noticeText) expect(section, `${name}'s NOTICE`).toContain(`--- NOTICE ---\n\n${installed.noticeText}`);
    }
    expect(getSection(notices, 'preact', readInstalled('preact').version)).toContain('Permission is hereby granted, free of charge');
    expect(getSection(notices, 'dexie', readInstalled('dexie').version)).toMatch(/Apache License[\s\S]*--- NOTICE ---\n\nDexie\.js/);
    expect(getSection(notices, 'eld', readInstalled('eld').version)).toContain('Apache License');

    for (const name of NOT_BUNDLED) expect(notices, name).not.toMatch(new RegExp(`^  ${name.replace('.', '\\.')} `, 'm'));
  });
}

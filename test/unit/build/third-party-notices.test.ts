import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createThirdPartyNotices,
  formatNotices,
  getPackageManifestPath,
  getSourceUrl,
  normaliseRepositoryUrl,
  NOTICES_FILE_NAME,
  type ThirdPartyNotices,
} from '../../../scripts/third-party-notices';

// The notices generator over a small module graph built by Vite the way WXT builds the extension: a content
// script as its own IIFE build, the other entrypoints in a second build, one notices file for both.

type FixtureFiles = Record<string, string>;

const MIT_TEXT = 'MIT License\n\nCopyright (c) 2024 Mit Lib authors\n\nPermission is hereby granted, free of charge…';
const APACHE_TEXT = 'Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/';
const APACHE_NOTICE = 'Scoped Apache Lib\nCopyright 2020 Example Corp.';

function fixturePackage(name: string, manifest: Record<string, unknown>, files: FixtureFiles): FixtureFiles {
  const out: FixtureFiles = { [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '1.2.3', type: 'module', main: 'index.js', ...manifest }) };
  for (const [path, text] of Object.entries(files)) out[`node_modules/${name}/${path}`] = text;
  return out;
}

const FIXTURE: FixtureFiles = {
  'package.json': JSON.stringify({ name: 'fixture-app', version: '1.0.0', private: true, license: 'MIT' }),
  ...fixturePackage(
    'mit-lib',
    { license: 'MIT', repository: 'github:example/mit-lib', sideEffects: false },
    {
      'index.js': "export { greet } from './sub/greet.js';\nexport const used = (x) => `mit:${x}`;\n",
      LICENSE: MIT_TEXT,
      // A private manifest in a subfolder (like preact/hooks): its code still belongs to mit-lib.
      'sub/package.json': JSON.stringify({ name: 'mit-lib-sub', private: true, license: 'MIT', type: 'module' }),
      'sub/greet.js': 'export const greet = (x) => `hello ${x}`;\n',
    },
  ),
  ...fixturePackage(
    '@scope/apache-lib',
    { license: 'Apache-2.0', repository: { type: 'git', url: 'git+https://github.com/example/apache-lib.git' }, author: 'Example Corp' },
    { 'index.js': 'export const apache = (x) => `apache:${x}`;\n', 'LICENSE.txt': APACHE_TEXT, NOTICE: APACHE_NOTICE },
  ),
  ...fixturePackage(
    'dual-lib',
    { license: '(GPL-3.0-only OR MIT)', homepage: 'https://dual.example' },
    { 'index.js': 'export const dual = (x) => `dual:${x}`;\n', 'LICENSE-MIT': 'Dual Lib MIT text' },
  ),
  // Imported, but nothing of it is used and it declares no side effects: tree-shaking leaves none of its code.
  ...fixturePackage('shaken-lib', { license: 'MIT', sideEffects: false }, { 'index.js': 'export const unused = () => "shaken";\n', LICENSE: 'shaken' }),
  // Installed (a devDependency, say) but imported by nothing.
  ...fixturePackage('idle-lib', { license: 'MIT' }, { 'index.js': 'export const idle = 1;\n', LICENSE: 'idle' }),
  ...fixturePackage('gpl-lib', { license: 'GPL-3.0-only' }, { 'index.js': 'export const gpl = (x) => `gpl:${x}`;\n' }),
  ...fixturePackage('unlicensed-lib', {}, { 'index.js': 'export const unlicensed = (x) => `unlicensed:${x}`;\n' }),
  ...fixturePackage('and-lib', { license: '(MIT AND GPL-3.0-only)' }, { 'index.js': 'export const both = (x) => `both:${x}`;\n' }),
  ...fixturePackage('proprietary-lib', { license: 'SEE LICENSE IN EULA.txt' }, { 'index.js': 'export const eula = (x) => `eula:${x}`;\n' }),
  'src/content.js': "import { used, greet } from 'mit-lib';\nimport { unused } from 'shaken-lib';\nconsole.log(used(1), greet(2));\n",
  'src/background.js': "import { apache } from '@scope/apache-lib';\nimport { used } from 'mit-lib';\nconsole.log(apache(1), used(2));\n",
  'src/page.js': "import { dual } from 'dual-lib';\nconsole.log(dual(3));\n",
  'src/gpl.js': "import { gpl } from 'gpl-lib';\nconsole.log(gpl(1));\n",
  'src/unlicensed.js': "import { unlicensed } from 'unlicensed-lib';\nconsole.log(unlicensed(1));\n",
  'src/and.js': "import { both } from 'and-lib';\nconsole.log(both(1));\n",
  'src/proprietary.js': "import { eula } from 'proprietary-lib';\nconsole.log(eula(1));\n",
};

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'rw-notices-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A content script as WXT builds it: one entry, IIFE. */
function buildIife(notices: ThirdPartyNotices, part: string, entry: string) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [notices.vitePlugin(part, root)],
    build: { write: false, minify: false, lib: { entry: join(root, entry), formats: ['iife'], name: 'entry' } },
  });
}

/** Several entrypoints in one ES build, as WXT builds background and pages. */
function buildPages(notices: ThirdPartyNotices, part: string, entries: string[]) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [notices.vitePlugin(part, root)],
    build: { write: false, minify: false, rolldownOptions: { input: entries.map((entry) => join(root, entry)) } },
  });
}

describe('notices from Vite builds', () => {
  it('lists exactly the packages whose code is in the output of every build, merged into one file', async () => {
    const notices = createThirdPartyNotices();
    await buildIife(notices, 'content', 'src/content.js');
    await buildPages(notices, 'background + page', ['src/background.js', 'src/page.js']);

    expect(notices.getPackages().map(({ name, version, licence, bundledIn }) => ({ name, version, licence, bundledIn }))).toEqual([
      { name: '@scope/apache-lib', version: '1.2.3', licence: 'Apache-2.0', bundledIn: ['background + page'] },
      { name: 'dual-lib', version: '1.2.3', licence: '(GPL-3.0-only OR MIT)', bundledIn: ['background + page'] },
      { name: 'mit-lib', version: '1.2.3', licence: 'MIT', bundledIn: ['content', 'background + page'] },
    ]);

    const out = join(root, 'out');
    const path = await notices.write(out, 'Fixture 1.0 (chrome-mv3)');
    expect(path).toBe(join(out, NOTICES_FILE_NAME));
    const text = await readFile(path, 'utf8');
    expect(text).toMatch(/^Third-party software in Fixture 1\.0 \(chrome-mv3\)\n/);
    expect(text).toContain('3 packages:\n  @scope/apache-lib 1.2.3: Apache-2.0\n  dual-lib 1.2.3: (GPL-3.0-only OR MIT)\n  mit-lib 1.2.3: MIT\n');
    expect(text).toContain(
      ['@scope/apache-lib 1.2.3', '='.repeat(80), 'Licence: Apache-2.0', 'Source: https://github.com/example/apache-lib', 'Author: Example Corp', 'Bundled in: background + page', '', APACHE_TEXT, '', '--- NOTICE ---', '', APACHE_NOTICE].join('\n'),
    );
    expect(text).toContain(['Licence: MIT', 'Source: https://github.com/example/mit-lib', 'Bundled in: content, background + page', '', MIT_TEXT].join('\n'));
    expect(text).toContain(['Source: https://dual.example', 'Bundled in: background + page', '', 'Dual Lib MIT text'].join('\n'));
    for (const absent of ['mit-lib-sub', 'shaken-lib', 'idle-lib', 'gpl-lib']) expect(text).not.toContain(absent);
  });

  it('says so when a package ships no licence file', async () => {
    const notices = createThirdPartyNotices();
    await writeFile(join(root, 'node_modules/dual-lib/LICENSE-MIT'), '');
    try {
      await buildPages(notices, 'page', ['src/page.js']);
    } finally {
      await writeFile(join(root, 'node_modules/dual-lib/LICENSE-MIT'), 'Dual Lib MIT text');
    }
    const text = await readFile(await notices.write(join(root, 'out-empty'), 'Fixture'), 'utf8');
    expect(text).toContain('The package ships no licence file; its package.json declares the licence (GPL-3.0-only OR MIT).\n');
  });

  it.each([
    { entry: 'src/gpl.js', expected: /build of gpl-part: Dependency "gpl-lib" has a license \(GPL-3\.0-only\) which is not compatible.*Allowed licences: MIT, ISC,/s },
    { entry: 'src/unlicensed.js', expected: /build of gpl-part: Dependency "unlicensed-lib" does not specify any license\..*Allowed licences:/s },
    { entry: 'src/and.js', expected: /Dependency "and-lib" has a license \(\(MIT AND GPL-3\.0-only\)\)/ },
    { entry: 'src/proprietary.js', expected: /Dependency "proprietary-lib" has a license \(SEE LICENSE IN EULA\.txt\)/ },
  ])('fails the build, naming the package, for $entry', async ({ entry, expected }) => {
    const notices = createThirdPartyNotices();
    await expect(buildIife(notices, 'gpl-part', entry)).rejects.toThrow(expected);
    expect(notices.getPackages()).toEqual([]);
  });

  it('does not change the bundled code', async () => {
    const withNotices = await buildIife(createThirdPartyNotices(), 'content', 'src/content.js');
    const without = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry: join(root, 'src/content.js'), formats: ['iife'], name: 'entry' } },
    });
    const code = (result: Awaited<ReturnType<typeof build>>) =>
      (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : [])).map((file) => ('code' in file ? file.code : ''));
    expect(code(withNotices)).toEqual(code(without));
    expect(code(withNotices).join('')).toContain('mit:');
  });
});

describe('package paths and addresses', () => {
  it('links the SPDX text of a single licence a package declares without shipping a licence file', () => {
    const text = formatNotices(
      [{ name: 'bare', version: '2.0.0', licence: 'MIT', source: 'https://github.com/o/bare', author: undefined, licenceText: undefined, noticeText: undefined, bundledIn: ['sidebar'] }],
      'Fixture',
    );
    expect(text).toContain('Bundled in: sidebar\n\nThe package ships no licence file; its package.json declares the licence MIT (https://spdx.org/licenses/MIT.html).\n');
  });

  it.each([
    { id: '/p/node_modules/preact/hooks/dist/hooks.mjs', expected: '/p/node_modules/preact/package.json' },
    { id: '/p/node_modules/@preact/signals/dist/signals.mjs', expected: '/p/node_modules/@preact/signals/package.json' },
    { id: '/p/node_modules/a/node_modules/b/index.js?commonjs-proxy', expected: '/p/node_modules/a/node_modules/b/package.json' },
    { id: '\0/p/node_modules/dexie/dist/dexie.mjs', expected: '/p/node_modules/dexie/package.json' },
    { id: '/p/lib/sites/gmail.ts', expected: undefined },
    { id: '\0rolldown/runtime.js', expected: undefined },
    { id: 'vite/preload-helper.js', expected: undefined },
  ])('$id belongs to $expected', ({ id, expected }) => {
    expect(getPackageManifestPath(id)).toBe(expected);
  });

  it.each([
    { repository: 'git+https://github.com/dexie/Dexie.js.git', expected: 'https://github.com/dexie/Dexie.js' },
    { repository: 'git://github.com/o/r.git', expected: 'https://github.com/o/r' },
    { repository: 'git@github.com:o/r.git', expected: 'https://github.com/o/r' },
    { repository: 'github:o/r', expected: 'https://github.com/o/r' },
    { repository: 'gitlab:o/r', expected: 'https://gitlab.com/o/r' },
    { repository: 'o/r', expected: 'https://github.com/o/r' },
    { repository: 'https://gitlab.com/catamphetamine/libphonenumber-js#readme', expected: 'https://gitlab.com/catamphetamine/libphonenumber-js' },
    { repository: 'not a url', expected: undefined },
  ])('repository $repository is $expected', ({ repository, expected }) => {
    expect(normaliseRepositoryUrl(repository)).toBe(expected);
  });

  it.each([
    { pkg: { name: 'x', repository: { type: 'git', url: 'git+https://github.com/wxt-dev/wxt.git', directory: 'packages/storage' }, homepage: 'https://wxt.dev' }, expected: 'https://github.com/wxt-dev/wxt/tree/HEAD/packages/storage' },
    { pkg: { name: 'x', repository: null, homepage: 'https://x.example' }, expected: 'https://x.example' },
    { pkg: { name: 'x', repository: 'nonsense', homepage: null }, expected: 'https://www.npmjs.com/package/x' },
  ])('source of $pkg.repository is $expected', ({ pkg, expected }) => {
    expect(getSourceUrl(pkg as Parameters<typeof getSourceUrl>[0])).toBe(expected);
  });
});

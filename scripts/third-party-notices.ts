// THIRD-PARTY-NOTICES.txt for every production build: the npm packages whose code ends up in the extension's
// bundles, with their licence texts and NOTICE files, as Apache-2.0, MIT and the others require of redistributed
// code. The list comes from the module graph of each of WXT's Vite builds (background, page groups, and every
// content script, which WXT builds on its own as an IIFE); rollup-plugin-license reads each package's metadata,
// licence and NOTICE files and checks its licence against the allow-list; this file merges the builds into one file.
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import license, { type Dependency } from 'rollup-plugin-license';
import type { Plugin as RollupPlugin } from 'rollup';
import type { Plugin as VitePlugin } from 'vite';
import type { WxtHooks } from 'wxt';

/** The name of the notices file in the root of each build. */
export const NOTICES_FILE_NAME = 'THIRD-PARTY-NOTICES.txt';

/** Licences a bundled package may carry; an SPDX expression passes when one of its OR branches uses only these. */
export const ALLOWED_LICENCES = [
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'MPL-2.0',
  '0BSD',
  'Unlicense',
  'CC0-1.0',
  'BlueOak-1.0.0',
] as const;

/** One npm package whose code is in the build. */
export interface BundledPackage {
  name: string;
  version: string;
  /** SPDX expression from the package's package.json. */
  licence: string;
  /** Repository (or else homepage, or else npm) address. */
  source: string;
  author: string | undefined;
  licenceText: string | undefined;
  noticeText: string | undefined;
  /** The build steps whose output contains the package's code, each named by its entrypoints (`options + popup`). */
  bundledIn: string[];
}

/** Collects the bundled packages of several Vite builds and writes one notices file for all of them. */
export interface ThirdPartyNotices {
  /** A Vite plugin for one build step, `part` naming its entrypoints; it does not change any output file. */
  vitePlugin(part: string, root: string): VitePlugin;
  /** Every package recorded since the last `reset`, sorted by name, then version. */
  getPackages(): BundledPackage[];
  reset(): void;
  /** Writes the notices file into `outDir` and returns its path. */
  write(outDir: string, title: string): Promise<string>;
}

/** Creates an empty collector. */
export function createThirdPartyNotices(): ThirdPartyNotices {
  const packages = new Map<string, BundledPackage>();

  const record = (part: string, dependencies: Dependency[]): void => {
    for (const dependency of dependencies) {
      const name = dependency.name ?? '';
      const version = dependency.version ?? '';
      const key = `${name}@${version}`;
      const known = packages.get(key);
      if (known) {
        if (!known.bundledIn.includes(part)) known.bundledIn.push(part);
        continue;
      }
      packages.set(key, {
        name,
        version,
        licence: readLicenceField(dependency.license),
        source: getSourceUrl(dependency),
        author: dependency.author?.text() || undefined,
        licenceText: dependency.licenseText?.trim() || undefined,
        noticeText: dependency.noticeText?.trim() || undefined,
        bundledIn: [part],
      });
    }
  };

  return {
    vitePlugin: (part, root) => createPartPlugin(part, root, (dependencies) => record(part, dependencies)),
    getPackages: () =>
      [...packages.values()]
        .map((entry) => ({ ...entry, bundledIn: [...entry.bundledIn] }))
        .sort((a, b) => compareText(a.name, b.name) || compareText(a.version, b.version)),
    reset: () => packages.clear(),
    async write(outDir, title) {
      const path = join(outDir, NOTICES_FILE_NAME);
      await mkdir(outDir, { recursive: true });
      await writeFile(path, formatNotices(this.getPackages(), title), 'utf8');
      return path;
    },
  };
}

/**
 * WXT hooks (wxt.config.ts `hooks`) that put THIRD-PARTY-NOTICES.txt into the root of every production build:
 * one plugin per Vite build step, merged when WXT reports the build done. Dev mode is left alone (its pages are
 * served, not bundled, so a list made there would be incomplete).
 */
export function thirdPartyNoticesHooks(productName: string): Pick<WxtHooks, 'build:before' | 'vite:build:extendConfig' | 'build:done'> {
  const notices = createThirdPartyNotices();
  let isActive = false;
  return {
    'build:before': (wxt) => {
      isActive = wxt.config.command === 'build';
      notices.reset();
    },
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!isActive) return;
      const part = entrypoints.map((entrypoint) => entrypoint.name).join(' + ');
      viteConfig.plugins ??= [];
      viteConfig.plugins.push(notices.vitePlugin(part, viteConfig.root ?? process.cwd()));
    },
    'build:done': async (wxt, output) => {
      if (!isActive) return;
      const product = [productName, output.manifest.version].filter(Boolean).join(' ');
      await notices.write(wxt.config.outDir, `${product} (${wxt.config.browser}-mv${wxt.config.manifestVersion})`);
      // Listed in WXT's build summary beside the other files.
      output.publicAssets.push({ type: 'asset', fileName: NOTICES_FILE_NAME });
    },
  };
}

/** The notices file's text: a summary table, then each package with its licence text and NOTICE. */
export function formatNotices(packages: readonly BundledPackage[], title: string): string {
  const rule = '='.repeat(80);
  const lines = [
    `Third-party software in ${title}`,
    '',
    'This extension contains code from the open-source packages below. For each one: its version, its licence',
    '(SPDX identifier), where its source is published, the parts of the extension that contain it, and the licence',
    'text and NOTICE file that the package ships. Entrypoints built together are joined by "+".',
    '',
    `${packages.length} packages:`,
    ...packages.map((entry) => `  ${entry.name} ${entry.version}: ${entry.licence}`),
  ];
  for (const entry of packages) {
    lines.push('', rule, `${entry.name} ${entry.version}`, rule);
    lines.push(`Licence: ${entry.licence}`, `Source: ${entry.source}`);
    if (entry.author) lines.push(`Author: ${entry.author}`);
    lines.push(`Bundled in: ${entry.bundledIn.join(', ')}`, '');
    if (entry.licenceText) lines.push(entry.licenceText);
    else {
      const isSingleId = /^[\w.+-]+$/.test(entry.licence);
      lines.push(
        `The package ships no licence file; its package.json declares the licence ${entry.licence}` +
          (isSingleId ? ` (https://spdx.org/licenses/${entry.licence}.html).` : '.'),
      );
    }
    if (entry.noticeText) lines.push('', '--- NOTICE ---', '', entry.noticeText);
  }
  return `${lines.join('\n')}\n`;
}

/** A browsable address for a package: its repository, else its homepage, else its npm page. */
export function getSourceUrl(pkg: Pick<Dependency, 'name' | 'repository' | 'homepage'>): string {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const directory = typeof pkg.repository === 'object' ? (pkg.repository as { directory?: unknown } | null)?.directory : undefined;
  const url = repository ? normaliseRepositoryUrl(repository) : undefined;
  if (url) return typeof directory === 'string' && url.startsWith('https://github.com/') ? `${url}/tree/HEAD/${directory}` : url;
  return pkg.homepage || `https://www.npmjs.com/package/${pkg.name ?? ''}`;
}

/** `git+https://…/x.git`, `git://…`, `git@github.com:o/r.git`, `github:o/r` and `o/r` as https addresses. */
export function normaliseRepositoryUrl(repository: string): string | undefined {
  const value = repository.trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(value);
  if (shorthand) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github'];
    return `https://${host}/${shorthand[2]!.replace(/\.git$/, '')}`;
  }
  const scp = /^git@([^:]+):(.+)$/.exec(value);
  const url = scp ? `https://${scp[1]}/${scp[2]}` : value.replace(/^git\+/, '').replace(/^(?:git|ssh):\/\/(?:git@)?/, 'https://');
  if (!/^https?:\/\//.test(url)) return undefined;
  return url.replace(/\.git$/, '').replace(/#.*$/, '');
}

/**
 * The file every module of a package is attributed to: `<…>/node_modules/<name>/package.json` (scoped names
 * included), or undefined for code outside node_modules (ours, or a bundler's virtual helper).
 */
export function getPackageManifestPath(moduleId: string): string | undefined {
  const path = moduleId.replace(/^\0/, '').replace(/[?#].*$/, '').replaceAll('\\', '/');
  if (!isAbsolute(path) && !/^[A-Za-z]:\//.test(path)) return undefined;
  const start = path.lastIndexOf('/node_modules/');
  if (start < 0) return undefined;
  const rest = path.slice(start + '/node_modules/'.length).split('/');
  const nameLength = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= nameLength) return undefined;
  return `${path.slice(0, start)}/node_modules/${rest.slice(0, nameLength).join('/')}/package.json`;
}

function createPartPlugin(part: string, root: string, onDependencies: (dependencies: Dependency[]) => void): VitePlugin {
  const inner = license({
    cwd: root,
    sourcemap: false,
    thirdParty: {
      includePrivate: true,
      multipleVersions: true,
      allow: { test: `(${ALLOWED_LICENCES.join(' OR ')})`, failOnUnlicensed: true, failOnViolation: true },
      output: onDependencies,
    },
  });
  const renderChunk = getHookHandler(inner, 'renderChunk');
  const generateBundle = getHookHandler(inner, 'generateBundle');
  return {
    name: 'replywell:third-party-notices',
    apply: 'build',
    renderChunk(code, chunk, outputOptions, meta) {
      // HACK: rollup-plugin-license credits a file to the nearest package.json that has a name, but some packages
      // carry private manifests in subfolders (preact/hooks is "preact-hooks", no version, no licence file).
      // Hand it one file per package root instead, as Vite's own licence plugin does, and only files of
      // node_modules that kept code after tree-shaking; its returned banner code is dropped, so no output changes.
      const modules: typeof chunk.modules = {};
      for (const [id, rendered] of Object.entries(chunk.modules)) {
        const manifest = getPackageManifestPath(id);
        if (manifest && rendered.renderedLength > 0) modules[manifest] = rendered;
      }
      renderChunk.call(this, code, { ...chunk, modules }, outputOptions, meta);
      return null;
    },
    generateBundle(outputOptions, bundle, isWrite) {
      try {
        generateBundle.call(this, outputOptions, bundle, isWrite);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `Third-party notices, build of ${part}: ${message} Allowed licences: ${ALLOWED_LICENCES.join(', ')}, or an ` +
            'SPDX expression with an OR branch of only these (scripts/third-party-notices.ts).',
          { cause: error },
        );
      }
    },
  };
}

// The two hooks rollup-plugin-license defines, as plain functions whatever form the plugin object gives them.
function getHookHandler(plugin: RollupPlugin, name: 'renderChunk' | 'generateBundle'): (this: unknown, ...args: unknown[]) => unknown {
  const hook = plugin[name];
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  if (typeof handler !== 'function') throw new Error(`rollup-plugin-license has no ${name} hook: its API changed.`);
  return handler as never;
}

function readLicenceField(licence: unknown): string {
  if (typeof licence === 'string') return licence.trim();
  // Old manifests: { "type": "MIT", "url": … }.
  if (licence && typeof licence === 'object' && 'type' in licence && typeof licence.type === 'string') return licence.type;
  return 'UNLICENSED';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

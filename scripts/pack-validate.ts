// `npm run pack:validate -- <file> [<file>…]`: checks pack files as Replywell would import them, for team leads who
// keep packs in Git and check them in CI. Prints one line per problem (`file: path: message`); exit code 0 when
// every file is a valid pack, 1 otherwise (2 when no file is named).
import { readFileSync } from 'node:fs';
import { formatPackErrors, parsePack } from '../lib/packs/index';

/** Validates each file and returns the lines to print and whether all passed. */
export function validatePackFiles(files: readonly string[], read: (file: string) => string = (file) => readFileSync(file, 'utf8')): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let ok = true;
  for (const file of files) {
    let text: string;
    try {
      text = read(file);
    } catch (error) {
      ok = false;
      lines.push(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const result = parsePack(text);
    if (result.ok) {
      const { pack } = result;
      lines.push(`${file}: ok — "${pack.name}" ${pack.version}, ${pack.templates.length} templates in ${pack.languages.join(', ')}`);
    } else {
      ok = false;
      lines.push(`${file}: ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}`);
      for (const line of formatPackErrors(result.errors)) lines.push(`  ${line}`);
    }
  }
  return { ok, lines };
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('Usage: npm run pack:validate -- <pack.json> [<pack.json>…]');
    process.exit(2);
  }
  const { ok, lines } = validatePackFiles(files);
  for (const line of lines) (ok ? console.log : console.error)(line);
  process.exit(ok ? 0 : 1);
}

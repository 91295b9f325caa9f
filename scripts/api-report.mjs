// The public API of every entry, from the BUILT declarations (dist/**/*.d.ts, as published),
// written to api/<entry>.api.md: each exported name, its kind and its declaration.
//
//   node scripts/api-report.mjs           check: exit 1 with a diff when the surface changed
//   node scripts/api-report.mjs --update  rewrite api/*.api.md (npm run api:update)
//
// Needs `npm run build` first. A change to what an entry exports, or to an exported
// declaration, shows as a diff of api/*.api.md in review.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const update = process.argv.includes('--update');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every entry of the exports map with declarations: `[subpath, entryName, dtsPath]`. */
export function entries() {
  return Object.entries(pkg.exports)
    .filter(([subpath, target]) => typeof target === 'object' && target.types && !subpath.endsWith('.css')) // the stylesheet's declaration exports nothing
    .map(([subpath, target]) => [subpath, subpath === '.' ? 'index' : subpath.slice(2), join(root, target.types)]);
}

const kindOf = (symbol) => {
  const f = symbol.flags;
  const S = ts.SymbolFlags;
  if (f & S.Class) return 'class';
  if (f & S.Function) return 'function';
  if (f & S.Enum) return 'enum';
  if (f & S.Variable) return 'const';
  if (f & S.Interface) return 'interface';
  if (f & S.TypeAlias) return 'type';
  if (f & S.Module) return 'namespace';
  return 'other';
};

/**
 * A function's declaration with a destructured parameter shown as `__0` (as TypeScript's own
 * signature help does), so renaming an internal binding is not an API change.
 */
const functionText = (node) => {
  const text = (n) => n?.getText() ?? '';
  const params = node.parameters.map((p) => `${p.dotDotDotToken ? '...' : ''}${ts.isIdentifier(p.name) ? p.name.text : `__${node.parameters.indexOf(p)}`}${p.questionToken || p.initializer ? '?' : ''}: ${text(p.type) || 'unknown'}`);
  const typeParams = node.typeParameters ? `<${node.typeParameters.map(text).join(', ')}>` : '';
  return `export declare function ${node.name?.text ?? 'default'}${typeParams}(${params.join(', ')}): ${text(node.type) || 'void'};`;
};

/** A declaration's text without comments, one space per run of blanks inside a line. */
const declarationText = (node) =>
  (ts.isFunctionDeclaration(node) ? functionText(node) : node.getText())
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');

/** The exported names of one entry: `{ name, kind, text }`, sorted. */
function exportsOf(dtsPath) {
  const program = ts.createProgram([dtsPath], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(dtsPath);
  if (!file) throw new Error(`${dtsPath} is missing: run npm run build first.`);
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  return exported
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declarations = target.declarations ?? [];
      const text = declarations.map(declarationText).join('\n');
      // `export type { X }` of a value still only exports the type
      const typeOnly = symbol.declarations?.some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) ?? false;
      const kind = kindOf(target);
      return { name: symbol.getName(), kind: typeOnly && !['interface', 'type'].includes(kind) ? `${kind} (type only)` : kind, text };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * The report of one entry as markdown. A declaration already given in the report of `seeAlso`
 * (e.g. core's names in the main entry) is referred to, not repeated.
 */
export function report(subpath, dtsPath, seeAlso = {}) {
  const rows = exportsOf(dtsPath);
  const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const values = rows.filter((r) => !['interface', 'type'].includes(r.kind) && !r.kind.endsWith('(type only)'));
  const lines = [
    `# API report: \`${name}\``,
    '',
    `<!-- Generated from ${relative(root, dtsPath)} by \`npm run api:update\`; \`npm test\` fails when it differs from the build. Do not edit by hand. -->`,
    '',
    `${rows.length} exported names: ${values.length} at run time, ${rows.length - values.length} types only.`,
    '',
    '| name | kind |',
    '| --- | --- |',
    ...rows.map((r) => `| \`${r.name}\` | ${r.kind} |`),
    '',
    '## Declarations',
    '',
  ];
  for (const r of rows) {
    const elsewhere = Object.entries(seeAlso).find(([, other]) => other.get(r.name) === r.text)?.[0];
    if (elsewhere) lines.push(`### \`${r.name}\``, '', `As in [${elsewhere}.api.md](${elsewhere}.api.md).`, '');
    else lines.push(`### \`${r.name}\``, '', '```ts', r.text, '```', '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const apiDir = join(root, 'api');
  mkdirSync(apiDir, { recursive: true });
  let changed = 0;
  const all = entries();
  // the main entry re-exports core's and transport's names: their declarations are in those reports
  const seeAlso = Object.fromEntries(
    all.filter(([, n]) => n === 'core' || n === 'transport').map(([, n, dts]) => [n, new Map(exportsOf(dts).map((r) => [r.name, r.text]))]),
  );
  for (const [subpath, entryName, dtsPath] of all) {
    const next = report(subpath, dtsPath, entryName === 'index' ? seeAlso : {});
    const file = join(apiDir, `${entryName}.api.md`);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === next) continue;
    changed++;
    if (update) {
      writeFileSync(file, next);
      console.log(`api/${entryName}.api.md updated`);
      continue;
    }
    const scratch = mkdtempSync(join(tmpdir(), 'api-report-'));
    const built = join(scratch, `${entryName}.api.md`);
    writeFileSync(built, next);
    try {
      execFileSync('diff', ['-u', '--label', `api/${entryName}.api.md (checked in)`, '--label', `api/${entryName}.api.md (from dist)`, existsSync(file) ? file : '/dev/null', built], { stdio: 'inherit' });
    } catch {
      // diff exits 1 when the files differ: that is the point
    }
    rmSync(scratch, { recursive: true, force: true });
  }
  if (changed && !update) {
    console.error(`\nThe public API changed in ${changed} entr${changed === 1 ? 'y' : 'ies'} (diff above). If that is intended, run: npm run api:update (after npm run build) and commit api/.`);
    process.exit(1);
  }
  if (!changed) console.log(`API reports match the build (${entries().length} entries).`);
}

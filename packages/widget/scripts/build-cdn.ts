// Builds the script-tag distribution into packages/widget/dist/cdn/:
// `baton.js` (the loader that defines <baton-handoff> and <baton-chat>) plus code-split ESM chunks
// it imports on first interaction. Run: `tsx packages/widget/scripts/build-cdn.ts`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CDN_DIR = join(PACKAGE_DIR, 'dist', 'cdn');
/** The esbuild metafile of the last build, beside (not inside) the served folder. */
export const METAFILE_PATH = join(PACKAGE_DIR, 'dist', 'cdn-meta.json');

/**
 * The elements' `css` templates with comments dropped and whitespace collapsed. esbuild minifies the
 * code around a template but leaves its text alone, and these sheets are on every page's default path.
 * Only whitespace goes: runs become one space, and none is kept around `{ } ; ,` or after `:` (the
 * sheets write no space before a pseudo-class colon and no comma in a string), so they parse the same.
 */
export function compactCssTemplates(source: string): string {
  return source.replace(/css`([^`]*)`/g, (_template, body: string) => {
    const compact = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .trim();
    return `css\`${compact}\``;
  });
}

const compactStyles: Plugin = {
  name: 'compact-styles',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, (args) => ({ contents: compactCssTemplates(readFileSync(args.path, 'utf8')), loader: 'ts' }));
  },
};

export interface CdnBuild {
  outdir: string;
  metafile: Metafile;
}

export async function buildCdn(outdir = CDN_DIR): Promise<CdnBuild> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: PACKAGE_DIR,
    entryPoints: { baton: 'src/cdn/baton.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Lit and friends ship `@license` comments: kept in a .LEGAL.txt beside each file, linked from it.
    legalComments: 'linked',
    // Setting conditions drops esbuild's default `module` condition, which packages like xstate need to
    // resolve to their tree-shakable ESM build instead of CommonJS. `browser` follows from `platform`.
    conditions: ['module', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    chunkNames: '[name]-[hash]',
    entryNames: '[name]',
    metafile: true,
    logLevel: 'warning',
    tsconfig: join(PACKAGE_DIR, '..', '..', 'tsconfig.json'),
    plugins: [compactStyles],
  });
  mkdirSync(dirname(METAFILE_PATH), { recursive: true });
  writeFileSync(METAFILE_PATH, JSON.stringify(result.metafile));
  // esbuild leaves an unresolvable import() inside try/catch as an external path, which would 404 on a CDN.
  const unresolved = Object.values(result.metafile.outputs).flatMap((output) =>
    output.imports.filter((dependency) => dependency.external).map((dependency) => dependency.path),
  );
  if (unresolved.length > 0) throw new Error(`the CDN build has unresolved imports: ${[...new Set(unresolved)].join(', ')}`);
  return { outdir, metafile: result.metafile };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outdir } = await buildCdn();
  console.log(`built ${outdir}`);
}

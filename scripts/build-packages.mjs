#!/usr/bin/env node
// Builds the publishable form of the workspace packages: ESM JavaScript, .d.ts and declaration maps
// from each package's tsconfig.build.json, with `tsc --build` following the project references
// (protocol → core → widget, protocol → desk, protocol + core → relay → cli), so a package's
// declarations import its dependencies' types by package name.
//
//   node scripts/build-packages.mjs            every package
//   node scripts/build-packages.mjs widget     widget and what it depends on
//
// Development does not need this: the packages' `exports` point at src/. Each output folder is
// emptied first, so a source file that was deleted or renamed never lingers in what gets packed.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Dependency order; `outDir` as in the package's tsconfig.build.json (the widget keeps dist/cdn beside it). */
const PACKAGES = [
  { name: 'protocol', outDir: 'dist', needs: [] },
  { name: 'core', outDir: 'dist', needs: ['protocol'] },
  { name: 'widget', outDir: 'dist/esm', needs: ['protocol', 'core'] },
  { name: 'desk', outDir: 'dist', needs: ['protocol'] },
  { name: 'relay', outDir: 'dist', needs: ['protocol'] },
  { name: 'cli', outDir: 'dist', needs: ['protocol', 'core', 'relay'] },
];

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !PACKAGES.some((pkg) => pkg.name === name));
if (unknown.length > 0) {
  console.error(`build-packages: unknown package ${unknown.join(', ')} (known: ${PACKAGES.map((pkg) => pkg.name).join(', ')})`);
  process.exit(2);
}
const wanted = new Set(requested.length > 0 ? requested.flatMap((name) => [name, ...PACKAGES.find((pkg) => pkg.name === name).needs]) : PACKAGES.map((pkg) => pkg.name));
const selected = PACKAGES.filter((pkg) => wanted.has(pkg.name));

for (const pkg of selected) rmSync(join(ROOT, 'packages', pkg.name, pkg.outDir), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = selected.map((pkg) => join('packages', pkg.name, 'tsconfig.build.json'));
const started = performance.now();
const result = spawnSync(process.execPath, [tsc, '--build', ...projects], { cwd: ROOT, stdio: 'inherit' });
if (result.error) throw result.error;
if (result.status !== 0) {
  console.error(`build-packages: tsc --build failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status || 1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`built ${selected.map((pkg) => `packages/${pkg.name}/${pkg.outDir}`).join(', ')} in ${seconds} s`);

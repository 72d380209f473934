// The publishable build, checked the way a customer meets it: build with scripts/build-packages.mjs,
// `pnpm pack` protocol, core and widget, install the tarballs into a fresh project outside the
// workspace (`pnpm install --prefer-offline`: the packed manifests' dependencies resolve from the
// local store where it holds them, in pnpm's strict layout, so an undeclared dependency fails; on a
// fresh machine a frozen-lockfile install has cached no registry metadata, which `--offline` needs), then type-check consumer code
// with the installed declarations and run the installed core in Node.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const PACKED = ['protocol', 'core', 'widget'] as const;
type PackedName = (typeof PACKED)[number];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function runOk(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

interface Manifest {
  name: string;
  main?: string;
  types?: string;
  exports: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
}

interface Packed {
  files: string[];
  manifest: Manifest;
  /** Where the consumer's node_modules holds the installed package. */
  installed: string;
}

const CONSUMER_TS = `
import { compilePolicy, evaluate, initialState, type Evaluation } from '@baton/core';
import { TRIGGER_IDS, type EscalationDecision, type Policy } from '@baton/protocol';
import { triggerLabel } from '@baton/protocol/vocabulary';
import { BatonHandoff, BatonEscalateEvent, createHandoff, type Handoff, type HandoffView } from '@baton/widget';

const handoff: Handoff = createHandoff({ relay: 'https://relay.example.com', siteKey: 'shop' });
handoff.subscribe((view: HandoffView) => console.log(view.phase, view.connection));
handoff.on('bot.pause', () => undefined);

// The tag name map and the event map come from the widget's declarations.
const element: BatonHandoff = document.createElement('baton-handoff');
element.observe({ role: 'bot', text: 'Let me check.', confidence: 0.4, intent: 'tracking' });
element.addEventListener('baton-escalate', (event: BatonEscalateEvent) => console.log(event.decision.trigger));
console.log(customElements.get('baton-handoff') === BatonHandoff);

const policy: Policy = compilePolicy().policy;
const result: Evaluation = evaluate(compilePolicy(policy), initialState(), { role: 'customer', text: 'agent!!' });
const decision: EscalationDecision | null = result.decision;
console.log(decision?.severity, TRIGGER_IDS.map((id) => triggerLabel(id)));
`;

/** Each line is one deliberate mistake; the test expects an error on each of these lines. */
const BROKEN_TS = `import { compilePolicy, evaluate, initialState } from '@baton/core';
import { createHandoff } from '@baton/widget';
createHandoff({ relay: 'https://relay.example.com' });
evaluate(compilePolicy(), initialState(), { role: 'wizard', text: 'hello' });
document.createElement('baton-handoff').observe({ text: 'a message without a role' });
const phase: number = createHandoff({ relay: 'https://relay.example.com', siteKey: 'shop' }).getView().phase;
`;
const BROKEN_LINES = [3, 4, 5, 6];

const COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  // Check the shipped .d.ts files too, not only the consumer's use of them.
  skipLibCheck: false,
  types: [],
};

const EVALUATE_IN_NODE = `
import { compilePolicy, evaluate, initialState } from '@baton/core';
const { decision } = evaluate(compilePolicy(), initialState(), { role: 'customer', text: 'is there a real person I can talk to' });
console.log(JSON.stringify({ resolved: import.meta.resolve('@baton/core'), decision }));
`;

/** Module specifiers a JavaScript or declaration file imports or re-exports, `import("…")` types included. */
function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('publishable packages (pnpm build + pnpm pack)', () => {
  let workdir: string;
  let consumer: string;
  const packed = {} as Record<PackedName, Packed>;
  const TYPE_CHECK_TIMEOUT = 120_000;
  let node16Check: Promise<Run>;
  let bundlerCheck: Promise<Run>;

  beforeAll(async () => {
    // Builds widget and what it depends on (protocol, core), exactly as `pnpm build` does.
    await runOk(process.execPath, [join(ROOT, 'scripts', 'build-packages.mjs'), 'widget'], ROOT);
    // The widget's tarball carries the script-tag build too. `pnpm test` builds it before any runner
    // (other tests read it), so it is built here only when this file runs on its own in a fresh clone.
    if (!existsSync(join(ROOT, 'packages', 'widget', 'dist', 'cdn', 'baton.js'))) {
      await runOk(process.execPath, ['--import', 'tsx', join(ROOT, 'packages', 'widget', 'scripts', 'build-cdn.ts')], ROOT);
    }

    workdir = await realpath(await mkdtemp(join(tmpdir(), 'baton-packaging-')));
    const tarballs = join(workdir, 'tarballs');
    consumer = join(workdir, 'consumer');
    await mkdir(consumer, { recursive: true });

    // prepack would rebuild each package; the build above is the one under test.
    const packs = await Promise.all(
      PACKED.map(async (name) => {
        const out = await runOk('pnpm', ['pack', '--pack-destination', tarballs, '--json', '--config.ignore-scripts=true'], join(ROOT, 'packages', name));
        const result = JSON.parse(out) as { filename: string; files: Array<{ path: string }> };
        return { name, filename: result.filename, files: result.files.map((file) => file.path) };
      }),
    );

    const tarballOf = Object.fromEntries(packs.map((pack) => [`@baton/${pack.name}`, `file:${pack.filename}`]));
    await writeFile(
      join(consumer, 'package.json'),
      JSON.stringify({
        name: 'baton-consumer',
        private: true,
        type: 'module',
        dependencies: tarballOf,
        // The packed core and widget depend on @baton/protocol@0.1.0 (and widget on core), not yet on the registry.
        pnpm: { overrides: tarballOf },
      }),
    );
    const store = (await runOk('pnpm', ['store', 'path'], ROOT)).trim();
    await runOk('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--store-dir', store], consumer);

    for (const pack of packs) {
      const installed = join(consumer, 'node_modules', '@baton', pack.name);
      const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as Manifest;
      packed[pack.name] = { files: pack.files, manifest, installed };
    }

    await writeFile(join(consumer, 'consumer.ts'), CONSUMER_TS);
    await writeFile(join(consumer, 'broken.ts'), BROKEN_TS);
    await writeFile(
      join(consumer, 'tsconfig.node16.json'),
      JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, module: 'Node16', moduleResolution: 'Node16' }, files: ['consumer.ts'] }),
    );
    await writeFile(
      join(consumer, 'tsconfig.bundler.json'),
      JSON.stringify({ compilerOptions: { ...COMPILER_OPTIONS, module: 'ESNext', moduleResolution: 'Bundler' }, files: ['consumer.ts', 'broken.ts'] }),
    );
    // Both type-checks take seconds; they run side by side (two cores) while the other checks go on.
    node16Check = run(process.execPath, [TSC, '-p', 'tsconfig.node16.json'], consumer);
    bundlerCheck = run(process.execPath, [TSC, '-p', 'tsconfig.bundler.json'], consumer);
  }, 180_000);

  afterAll(async () => {
    if (workdir) await rm(workdir, { recursive: true, force: true });
  });

  it.each(PACKED)('@baton/%s packs only built JavaScript, declarations, maps and docs', (name) => {
    const { files } = packed[name];
    const outDir = name === 'widget' ? 'dist/esm/' : 'dist/';
    // The element packages also ship their sources: custom-elements.json and the declaration maps point there.
    const sources = files.filter((file) => file.startsWith('src/'));
    expect(sources.length > 0, 'sources shipped').toBe(name === 'widget');
    expect(sources.filter((file) => !file.endsWith('.ts') || /\.test\.ts$|\/testing\//.test(file))).toEqual([]);
    // The widget's script-tag build rides along, so a CDN serving npm packages can serve dist/cdn/baton.js.
    const cdn = files.filter((file) => file.startsWith('dist/cdn/'));
    if (name === 'widget') expect(cdn).toContain('dist/cdn/baton.js');
    else expect(cdn).toEqual([]);
    const other = files.filter((file) => !file.startsWith(outDir) && !file.startsWith('src/') && !file.startsWith('dist/cdn/'));
    expect(other.sort()).toEqual(
      { protocol: ['README-wire.md', 'README.md', 'package.json'], core: ['README.md', 'package.json'], widget: ['README.md', 'custom-elements.json', 'package.json'] }[name],
    );
    const built = files.filter((file) => file.startsWith(outDir));
    expect(built.filter((file) => !/\.(js|d\.ts)(\.map)?$/.test(file))).toEqual([]);
    expect(built.filter((file) => /\.test\.|\/testing\/|\/cdn\//.test(file))).toEqual([]);
    expect(built).toContain(`${outDir}index.js`);
    expect(built).toContain(`${outDir}index.d.ts`);
    expect(built).toContain(`${outDir}index.d.ts.map`);
  });

  it.each(PACKED)('@baton/%s: the packed manifest points at the build, types condition first', (name) => {
    const { manifest, files } = packed[name];
    expect(Object.keys(manifest.exports)).toEqual({ protocol: ['.', './vocabulary'], core: ['.', ...['es', 'fr', 'de', 'pt', 'it', 'all'].map((l) => `./languages/${l}`), './lint'], widget: ['.'] }[name]);
    for (const target of Object.values(manifest.exports)) {
      expect(typeof target).toBe('object');
      const conditions = target as Record<string, string>;
      expect(Object.keys(conditions)).toEqual(['types', 'default']);
      expect(files).toContain(posix.normalize(conditions.types!));
      expect(files).toContain(posix.normalize(conditions.default!));
    }
    expect(files).toContain(posix.normalize(manifest.main!));
    expect(files).toContain(posix.normalize(manifest.types!));
    // workspace:* became real versions, so the tarball installs outside this repository.
    expect(Object.values(manifest.dependencies ?? {}).filter((range) => range.startsWith('workspace:'))).toEqual([]);
  });

  it.each(PACKED)('@baton/%s: every import names a file in the tarball or a declared dependency', async (name) => {
    const { files, installed, manifest } = packed[name];
    const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
    const strays: string[] = [];
    const imported = new Set<string>();
    for (const file of files.filter((path) => /\.(js|d\.ts)$/.test(path))) {
      for (const specifier of specifiersOf(await readFile(join(installed, file), 'utf8'))) {
        if (specifier.startsWith('.')) {
          // A relative import must land on a file in this tarball: never on src/ or on a sibling package.
          if (!files.includes(posix.join(posix.dirname(file), specifier))) strays.push(`${file}: ${specifier}`);
        } else {
          imported.add(packageNameOf(specifier));
          if (!dependencies.has(packageNameOf(specifier))) strays.push(`${file}: ${specifier}`);
        }
      }
    }
    expect(strays).toEqual([]);
    if (name === 'widget') expect([...imported]).toEqual(expect.arrayContaining(['@baton/core', '@baton/protocol', 'lit']));
  });

  it('the widget declarations import core types by package name', async () => {
    const { installed } = packed.widget;
    const types = await readFile(join(installed, 'dist/esm/sdk/handoff.types.d.ts'), 'utf8');
    expect(types).toMatch(/from '@baton\/core'/);
  });

  // The two type-checks each take 10-20 s on two busy cores, so these two wait longer than the default
  // 20 s: the limit only guards against a hang.
  it('a strict TypeScript consumer type-checks against the installed packages (Node16 resolution)', async () => {
    const result = await node16Check;
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, TYPE_CHECK_TIMEOUT);

  it('type errors in consumer code are reported against that file, each on its line (Bundler resolution)', async () => {
    const result = await bundlerCheck;
    expect(result.code).not.toBe(0);
    const errorLines = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    const files = new Set(errorLines.map((line) => line.slice(0, line.indexOf('('))));
    expect([...files]).toEqual(['broken.ts']);
    const lines = new Set(errorLines.map((line) => Number(/^broken\.ts\((\d+),/.exec(line)?.[1])));
    expect([...lines].sort((a, b) => a - b)).toEqual(BROKEN_LINES);
    expect(result.stdout).toMatch(/broken\.ts\(3,\d+\): error TS2345:[\s\S]*'siteKey' is missing/);
  }, TYPE_CHECK_TIMEOUT);

  it('Node imports the installed @baton/core and evaluate() hands a request for a person over', async () => {
    const out = await runOk(process.execPath, ['--input-type=module', '-e', EVALUATE_IN_NODE], consumer);
    const { resolved, decision } = JSON.parse(out) as { resolved: string; decision: { trigger: string; transfer: string; kind: string } | null };
    expect(fileURLToPath(resolved).startsWith(join(consumer, 'node_modules'))).toBe(true);
    expect(resolved).toMatch(/\/dist\/index\.js$/);
    expect(decision).toMatchObject({ trigger: 'explicit_request', transfer: 'warm', kind: 'takeover' });
  });
});

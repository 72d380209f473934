// Where @baton/core's browser bytes go: `node packages/core/scripts/size.mjs [entry]` prints the
// min+gzip size of the bundle (xstate external, as bench/core.bench.ts measures it) and each
// module's minified share.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] ?? 'packages/core/src/index.ts';
const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, external: ['xstate'], metafile: true });
const code = result.outputFiles[0].contents;
console.log(`${entry}: min ${code.length} B, min+gzip ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(2)} KB`);
const inputs = Object.values(result.metafile.outputs)[0].inputs;
for (const [file, { bytesInOutput }] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
  if (bytesInOutput > 0) console.log(String(bytesInOutput).padStart(7), file);
}

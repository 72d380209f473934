// Vite config for the demo pages. `pnpm start` (scripts/start.mjs → demo/server.ts) builds its
// server from `demoViteConfig()` and hands the relay URL and agent tokens in through `env`; running
// `vite` in demo/ reads the same values from VITE_* environment variables.
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The demo's pages: name → HTML file (served at `/<file>`, the storefront at `/`). */
export const DEMO_PAGES = {
  storefront: 'index.html',
  dropin: 'dropin.html',
  desk: 'desk.html',
  gallery: 'gallery.html',
  playground: 'playground.html',
} as const;

export type DemoEnv = Partial<Record<'VITE_BATON_RELAY' | 'VITE_BATON_AGENT_TOKEN' | 'VITE_BATON_AGENT_TOKEN_2', string>>;

export function demoViteConfig(env: DemoEnv = {}): UserConfig {
  return {
    root,
    // A VITE_* value given here wins over the environment: each startDemo() gets its own relay and tokens.
    define: Object.fromEntries(Object.entries(env).map(([key, value]) => [`import.meta.env.${key}`, JSON.stringify(value)])),
    server: { strictPort: true },
    build: {
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(Object.entries(DEMO_PAGES).map(([name, file]) => [name, `${root}${file}`])) },
    },
    esbuild: { target: 'es2022' },
  };
}

export default defineConfig(demoViteConfig());

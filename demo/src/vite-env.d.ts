/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The relay's base URL (scripts/start.mjs sets it; default http://localhost:8787). */
  readonly VITE_BATON_RELAY?: string;
  /** Signed demo agent tokens for desk.html and desk.html?agent=2. */
  readonly VITE_BATON_AGENT_TOKEN?: string;
  readonly VITE_BATON_AGENT_TOKEN_2?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}


/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The atlas's GitHub repository (https://github.com/OWNER/NAME), or '' (vite.config.ts). */
  readonly ATLAS_REPOSITORY: string;
  /** Its branch that edit links open. */
  readonly ATLAS_BRANCH: string;
}

declare module 'virtual:atlas-shell' {
  import type { AtlasShell } from './model/types';
  /** What the map route needs before its first render (see src/model/shell.ts). */
  export const shell: AtlasShell;
}

declare module 'virtual:atlas' {
  import type { Atlas } from './model/types';
  import type { DocModuleLoader } from './model/docs';
  /** The whole atlas, loaded after the map's first render. */
  export const atlas: Atlas;
  /** One lazy import per compiled MDX doc. */
  export const docLoaders: Record<string, DocModuleLoader>;
}

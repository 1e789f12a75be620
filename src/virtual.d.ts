declare module 'virtual:atlas-shell' {
  import type { PackedShell } from './model/shell';
  /** What the map route needs before its first render, packed (see src/model/shell.ts). */
  export const shell: PackedShell;
}

declare module 'virtual:atlas' {
  import type { Atlas } from './model/types';
  import type { DocModuleLoader } from './model/docs';
  /** The whole atlas, loaded after the map's first render. */
  export const atlas: Atlas;
  /** One lazy import per compiled MDX doc. */
  export const docLoaders: Record<string, DocModuleLoader>;
}

declare module 'virtual:atlas-settings' {
  import type { SettingsAtlas } from './model/settings';
  /** Every setting, its class and where distributions set it; loaded by /config, /compose and search. */
  export const settings: SettingsAtlas;
}

declare module 'virtual:atlas-views' {
  import type { PackedView } from './model/shell';
  /** One lazy import per map view the shell does not draw (every one but the default). */
  export const viewLoaders: Record<string, () => Promise<{ view: PackedView }>>;
}

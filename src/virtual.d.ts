declare module 'virtual:atlas' {
  import type { Atlas } from './model/types';
  export const atlas: Atlas;
}

declare module 'virtual:atlas-docs' {
  import type { DocModuleLoader } from './model/docs';
  export const docLoaders: Record<string, DocModuleLoader>;
}

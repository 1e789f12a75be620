import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { DocModuleLoader } from '../model/docs';
import type { AtlasIndex } from '../model/graph';

export interface AtlasContextValue {
  index: AtlasIndex;
  docLoaders: Record<string, DocModuleLoader>;
  /** Renders a compiled MDX doc; supplied by the app shell so features need not import each other. */
  DocView: ComponentType<{ docId: string }>;
}

const AtlasContext = createContext<AtlasContextValue | null>(null);

export function AtlasProvider({
  value,
  children,
}: {
  value: AtlasContextValue;
  children: ReactNode;
}) {
  return <AtlasContext.Provider value={value}>{children}</AtlasContext.Provider>;
}

export function useAtlas(): AtlasContextValue {
  const value = useContext(AtlasContext);
  if (!value) throw new Error('useAtlas needs an <AtlasProvider> above it');
  return value;
}

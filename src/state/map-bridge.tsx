/**
 * What the map and the detail panel need of each other, without either reading the other's DOM.
 * The panel registers its element so the map can keep a node clear of it (on a phone the panel is
 * a sheet over the lower map); the map registers how to focus one of its nodes, so the panel can
 * give focus back to the node it was opened from.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';

export interface MapBridge {
  /** Where the detail panel is on screen now; null when it is closed. */
  panelRect(): DOMRect | null;
  /** The detail panel's element, or null when it unmounts (pass as the panel's ref). */
  setPanel(element: HTMLElement | null): void;
  /** Calls `listener` when the panel appears or goes; returns a function that stops it. */
  subscribePanel(listener: () => void): () => void;
  /** Counts the panel's comings and goings (for useSyncExternalStore). */
  panelVersion(): number;
  /** Focuses a node on the map; false when the map does not draw it. */
  focusNode(id: string): boolean;
  /** The map's way of focusing a node; returns a function that takes it back. */
  provideFocusNode(focus: (id: string) => boolean): () => void;
}

/** A bridge of its own: each provider (an app, a test) links one map with one panel. */
export function createMapBridge(): MapBridge {
  let panel: HTMLElement | null = null;
  let version = 0;
  const listeners = new Set<() => void>();
  let focus: ((id: string) => boolean) | null = null;
  return {
    panelRect: () => panel?.getBoundingClientRect() ?? null,
    setPanel(element) {
      if (element === panel) return;
      panel = element;
      version++;
      for (const listener of listeners) listener();
    },
    subscribePanel(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    panelVersion: () => version,
    focusNode: (id) => focus?.(id) ?? false,
    provideFocusNode(next) {
      focus = next;
      return () => {
        if (focus === next) focus = null;
      };
    },
  };
}

const BridgeContext = createContext<MapBridge>(createMapBridge());

export function MapBridgeProvider({ children }: { children: ReactNode }) {
  const bridge = useMemo(createMapBridge, []);
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useMapBridge(): MapBridge {
  return useContext(BridgeContext);
}

/** For the map: lets the panel focus the map's nodes while the map is mounted. */
export function useProvideFocusNode(focus: (id: string) => boolean): void {
  const bridge = useMapBridge();
  useEffect(() => bridge.provideFocusNode(focus), [bridge, focus]);
}

/**
 * For the map: changes when the detail panel appears or goes, so a node centred before the
 * panel's code arrived can be centred again in the room the panel leaves.
 */
export function usePanelPresence(): number {
  const bridge = useMapBridge();
  return useSyncExternalStore(bridge.subscribePanel, bridge.panelVersion, bridge.panelVersion);
}

/** For the panel: a ref callback that tells the map where the panel is. */
export function usePanelRef(): (element: HTMLElement | null) => void {
  const bridge = useMapBridge();
  return useCallback((element: HTMLElement | null) => bridge.setPanel(element), [bridge]);
}

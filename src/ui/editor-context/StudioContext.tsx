import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { StudioPort, StudioView } from '../studio/studioPort';

const PortContext = createContext<StudioPort | null>(null);

/** Provides the one editor store (through its port) to every panel. */
export function StudioProvider({ port, children }: { port: StudioPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

/** The editor store's port; throws outside a StudioProvider (a wiring bug). */
export function useStudioPort(): StudioPort {
  const port = useContext(PortContext);
  if (!port) throw new Error('useStudioPort: no StudioProvider above this component');
  return port;
}

/** The current snapshot of the store; re-renders on every store change. */
export function useStudioView(): StudioView {
  const port = useStudioPort();
  return useSyncExternalStore(port.subscribe, port.getView);
}

import { useCallback, useSyncExternalStore } from 'react';
import type { ConnectionState, WrapUpTransport } from '../core/transport-contract';

/** The transport's connection state, re-rendering on change. */
export function useConnectionState(transport: WrapUpTransport | undefined): ConnectionState {
  const subscribe = useCallback((notify: () => void) => (transport ? transport.onStateChange(() => notify()) : () => undefined), [transport]);
  return useSyncExternalStore(subscribe, () => transport?.getState() ?? 'disconnected', () => 'disconnected');
}

/**
 * Cold start, the panel: what a desk's lazy chunk holds (cold.tsx): WrapUpProvider + WrapUpPanel
 * with the desk's own transport (here the memory transport; socket.io-client is never loaded).
 * Imported through the package's entries, as a desk imports them.
 */
import { WrapUpPanel, WrapUpProvider } from '../../src/index';
import { createMemoryTransport } from '../../src/transport';
import '../../src/react/styles.css';
import type { ColdChunk } from './cold';
import { context } from './desk-context';

const chunk: ColdChunk = {
  prepare: (form) => () => (
    <WrapUpProvider transport={createMemoryTransport()}>
      <WrapUpPanel context={context} reasons={{ form }} mode="live" />
    </WrapUpProvider>
  ),
  ready: () => document.querySelector('.wrapup-list input[type="checkbox"], .wrapup-list input[type="radio"]') !== null,
};
export default chunk;

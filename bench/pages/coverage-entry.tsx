/**
 * The panel for `bench/coverage.mjs`: WrapUpProvider + WrapUpPanel + createMemoryTransport, React
 * bundled too, mounted by `window.__start()` with the form the runner injected (`window.__form`).
 */
import { createRoot } from 'react-dom/client';
import { WrapUpPanel, WrapUpProvider } from '../../src/index';
import { createMemoryTransport } from '../../src/transport';
import { context } from './desk-context';

(window as unknown as { __start: () => void }).__start = () => {
  const form = (window as unknown as { __form: unknown }).__form;
  createRoot(document.getElementById('root')!).render(
    <WrapUpProvider transport={createMemoryTransport()}>
      <WrapUpPanel context={context} reasons={{ form }} mode="live" />
    </WrapUpProvider>,
  );
};

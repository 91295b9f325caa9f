/**
 * The panel as a desk ships it (built by Vite, styles.css, no inline script), for the hostile-world
 * browser tests: a strict CSP, a sandboxed frame, a Unified Admin that hangs or never ends, and
 * storage that is full, missing or corrupt. Query parameters choose the case; `window.__wrapup`
 * lets the test drive the in-page Agent Manager (a memory transport) and read what was sent.
 */
import { createRoot } from 'react-dom/client';
import { createMemoryTransport, WrapUpPanel, WrapUpProvider, type ReasonsSource, type WrapUpError } from '../../../src/index';
import '../../../src/react/styles.css';
import { agentContext } from '../../fixtures/contexts';
import { formV1 } from '../../fixtures/forms';

const params = new URLSearchParams(location.search);
const transport = createMemoryTransport({ autoRespond: params.get('answer') !== 'no', connected: params.get('offline') !== '1' });
const errors: string[] = [];
Object.assign(window, { __wrapup: { transport, errors } });

const ua = params.get('ua');
const reasons: ReasonsSource = ua
  ? { url: `${location.origin}/${ua}`, paginated: params.get('paginated') === '1', pageSize: 2, timeoutMs: 1_000, retry: 0 }
  : { form: formV1 };

createRoot(document.getElementById('root')!).render(
  <WrapUpProvider transport={transport} reasons={reasons} onError={(e: WrapUpError) => errors.push(`${e.code}: ${e.message}`)}>
    <WrapUpPanel context={agentContext()} />
  </WrapUpProvider>,
);

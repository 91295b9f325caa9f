// A desk-like page around WrapUpPanel for test/e2e/layout.test.ts: a top bar, the customer's name,
// a chat transcript, then the panel, in the page's own scroll (`?layout=page`), or the panel in a
// 360 px side column that scrolls by itself (`?layout=column`). The test drives it through
// `window.desk` (the Agent Manager's wrapupTimerStarted) and by role and name.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryStorage } from '../../../src/core';
import { WrapUpPanel, WrapUpProvider } from '../../../src/react';
import '../../../src/react/styles.css';
import { realisticWrapUpForm } from '../../../src/simulator/forms';
import { createMemoryTransport } from '../../../src/transport';
import { agentContext } from '../../fixtures/contexts';

const transport = createMemoryTransport({ autoRespond: false });
const storage = createMemoryStorage();
const reasons = { form: realisticWrapUpForm(), key: 'layout' };
const layout = new URLSearchParams(location.search).get('layout') ?? 'page';

declare global {
  interface Window {
    desk: { startTimer: (seconds: number) => void };
  }
}
window.desk = {
  startTimer: (seconds) => transport.receive('wrapupTimerStarted', { task: 'wrapupTimerStarted', conversationId: 'conv-1', duration: seconds, statusCode: 200 }),
};

const css = `
  body { margin: 0; font-family: system-ui, sans-serif; }
  .top { block-size: 56px; display: flex; align-items: center; padding-inline: 1rem; background: #123; color: #fff; }
  .chat { block-size: 260px; margin: 0 0 1rem; padding: 0.5rem; background: #f3f5f8; overflow: auto; }
  main { padding: 1rem; }
  .columns { display: flex; block-size: calc(100vh - 56px); }
  .columns .conversation { flex: 1; padding: 1rem; overflow: auto; }
  .columns aside { inline-size: 360px; overflow: auto; border-inline-start: 1px solid #ccc; padding: 0.5rem; box-sizing: border-box; }
`;

const chat = (
  <div className="chat">
    {Array.from({ length: 12 }, (_, i) => (
      <p key={i}>{i % 2 ? 'Agent: Let me check that for you.' : 'Customer: I was charged twice for my order.'}</p>
    ))}
  </div>
);
const panel = <WrapUpPanel context={agentContext()} />;

function Desk() {
  return (
    <WrapUpProvider transport={transport} storage={storage} reasons={reasons}>
      <header className="top">Agent desk</header>
      {layout === 'column' ? (
        <div className="columns">
          <div className="conversation">
            <h1>Maria Garcia</h1>
            {chat}
          </div>
          <aside aria-label="Wrap-up column">{panel}</aside>
        </div>
      ) : (
        <main>
          <h1>Maria Garcia</h1>
          {chat}
          {panel}
        </main>
      )}
    </WrapUpProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <style>{css}</style>
    <Desk />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/react/styles.css';
import './demo.css';
import { App } from './App';
import { deskAgent, loadDemoConfig, openDeskSocket } from './config';

const config = await loadDemoConfig();
const agent = deskAgent(config);
// the desk's one Agent Manager socket, for the page's lifetime; the desk connects it
const socket = openDeskSocket(config, agent);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App config={config} socket={socket} agent={agent} />
  </StrictMode>,
);

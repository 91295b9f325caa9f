import type { Decorator, Preview } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { configure } from 'storybook/test';
import '../src/react/styles.css';

// findBy*/waitFor give up after this long (a ceiling, not a wait): 1 s is too tight on a loaded 2-core CI machine
configure({ asyncUtilTimeout: 5_000 });

/** One QueryClient per story (keyed by the story id), retries off, so a cached form or a failed load never leaks. */
function FreshQueryClient({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

const withQueryClient: Decorator = (Story, context) => (
  <FreshQueryClient key={context.id}>
    <Story />
  </FreshQueryClient>
);

/**
 * The "Theme" toolbar (and `globals: { theme: 'dark' }` on a story): the dark theme through the
 * documented hook, an ancestor with the `wrapup-theme-dark` class (see src/react/styles.css).
 */
const withTheme: Decorator = (Story, context) =>
  context.globals.theme === 'dark' ? (
    <div className="wrapup-theme-dark" data-testid="theme-dark" style={{ background: '#0d0f12', padding: '1rem', minBlockSize: '100%' }}>
      <Story />
    </div>
  ) : (
    <Story />
  );

/**
 * On a docs page several stories render one under the other: none may take focus (the timed
 * phase's move to the search box, `autoFocus`), or the page opens scrolled to the middle.
 */
const noFocusInDocs: Decorator = (Story, context) =>
  context.viewMode === 'docs' ? Story({ args: { ...context.args, focusOnTimed: false, autoFocus: false } }) : <Story />;

const preview: Preview = {
  decorators: [withQueryClient, withTheme, noFocusInDocs],
  globalTypes: {
    theme: {
      description: 'Panel theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark (wrapup-theme-dark)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  // Drafts, timers, pins and outbox entries live in localStorage by default: start every story clean.
  beforeEach: () => {
    localStorage.clear();
    sessionStorage.clear();
  },
  parameters: {
    // 'error' makes axe violations fail the story test in @storybook/addon-vitest
    a11y: { test: 'error' },
    layout: 'padded',
    // Storybook 10.6's own zoom tool renders a PopoverProvider without `ariaLabel`, which logs a
    // deprecation warning on every story; the panel's sizes are what its stories show, so no zoom
    toolbar: { zoom: { hidden: true } },
    options: {
      storySort: {
        order: [
          'Guides',
          ['Getting started', "Reusing the desk's socket", 'Choosing the wire layout', 'The outbox and what pending means', 'Theming', 'i18n', 'Accessibility notes'],
          'WrapUpPanel',
          ['Reasons and form', 'Timed phase', 'Delivery', 'Look and language'],
          'Components',
          'Hooks',
          ['Reference', 'Headless'],
        ],
      },
    },
  },
};
export default preview;

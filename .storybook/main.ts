import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import type { PluginOption } from 'vite';

// Storybook merges the project's vite.config.ts; drop its library-only plugins there: the d.ts
// emitter (it would write *.d.ts files into storybook-static/) and the styles.css copier.
const libraryOnly = /dts|agent-desk-wrapup:styles/;
const withoutDts = (plugins: PluginOption[] = []): PluginOption[] =>
  plugins
    .flat(Number.POSITIVE_INFINITY as 1)
    .filter((p) => !(p && typeof p === 'object' && 'name' in p && libraryOnly.test(p.name)));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GFM: the guides' Markdown tables (MDX alone renders them as raw `|` text)
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // StrictMode like the panel tests: effects run twice, so leaks show up in stories too.
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: withoutDts(viteConfig.plugins) }),
};
export default config;

import { addons } from 'storybook/manager-api';

// Storybook 10.6's own zoom tool (manager runtime: its Zoom popover has no `ariaLabel`) logs "The
// 'ariaLabel' prop on 'PopoverProvider' will become mandatory in Storybook 11" on every story. The
// panel's stories show it at its own sizes, so the tool is hidden here, from the first render (a
// story parameter alone hides it only once the story is prepared, after it rendered once).
addons.setConfig({ toolbar: { zoom: { hidden: true } } });

// The one place that says how this project starts Chromium: Debian's build (tools cannot download
// browsers here), as root, and kept off the network (only 127.0.0.1 is reachable on these machines).
// Used by the Vitest browser projects, the demo e2e test, the benchmarks and the screenshot script.

/** `CHROMIUM_PATH` overrides Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // no background traffic: the machine's closed network refuses it, noisily
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** playwright-core launch options for headless Chromium. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

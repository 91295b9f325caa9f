// Prints the Unified Admin forms of the cold-start bench as JSON: { "<n>": largeWrapUpForm(n), … }.
// Run with tsx by bench/cold.mjs (the forms are made outside the page, so the page's own bundle
// holds nothing of the package before the lazy chunk is imported).
import { largeWrapUpForm } from '../src/simulator/forms';

const sizes = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(Object.fromEntries(sizes.map((n) => [n, largeWrapUpForm(n)]))));

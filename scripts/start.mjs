// `npm start`: the demo agent desk against the bundled Agent Manager simulator (see README).
console.log('agent-desk-wrapup: the demo agent desk is coming soon. Run `npm test` to see everything that works today.');

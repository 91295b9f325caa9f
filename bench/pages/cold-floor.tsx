/** Cold start, the floor: a lazy chunk holding a bare React controlled input (cold.tsx). */
import { useState } from 'react';
import type { ColdChunk } from './cold';

function SearchBox() {
  const [query, setQuery] = useState('');
  return (
    <label>
      Search reasons <input value={query} onChange={(event) => setQuery(event.target.value)} />
    </label>
  );
}

const chunk: ColdChunk = {
  prepare: () => () => <SearchBox />,
  ready: () => document.querySelector('input') !== null,
};
export default chunk;

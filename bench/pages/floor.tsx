/**
 * Calibration: a React controlled input and nothing else. Its keystroke → next paint is the floor
 * of the method in this browser (the wait for the next frame, style, layout, paint), the least any
 * page can measure; read the other pages' numbers against it.
 */
import { useState } from 'react';
import { exposeBench } from './measure';

function SearchBox() {
  const [query, setQuery] = useState('');
  return (
    <label>
      Search reasons <input value={query} onChange={(event) => setQuery(event.target.value)} />
    </label>
  );
}

exposeBench({
  name: 'floor',
  prepare: () => undefined,
  render: () => <SearchBox />,
});

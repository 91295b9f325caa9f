/**
 * Cold start, the baseline: react-select 5 in a lazy chunk (cold.tsx), `isMulti`, grouped by
 * category, menu open (its list of reasons visible, as the panel's is), the options of the same form.
 */
import Select from 'react-select';
import type { ColdChunk } from './cold';

interface ReasonOption {
  value: string;
  label: string;
}
interface ReasonGroup {
  label: string;
  options: ReasonOption[];
}
interface FormV1 {
  attributes: Array<{ categoryOptions: { categories: Array<{ categoryName: string; values: string[] }> } }>;
}

const chunk: ColdChunk = {
  prepare: (form) => {
    const groups: ReasonGroup[] = ((form as FormV1).attributes[0]?.categoryOptions.categories ?? []).map((category) => ({
      label: category.categoryName,
      options: category.values.map((reason) => ({ value: `${category.categoryName}\u001f${reason}`, label: `${category.categoryName} › ${reason}` })),
    }));
    return () => (
      <Select<ReasonOption, true, ReasonGroup>
        isMulti
        options={groups}
        inputId="bench-select-input"
        aria-label="Wrap-up reasons"
        placeholder="Search reasons…"
        closeMenuOnSelect={false}
        defaultMenuIsOpen
      />
    );
  },
  ready: () => document.querySelector('[id^="react-select-"][id*="-option-"]') !== null,
};
export default chunk;

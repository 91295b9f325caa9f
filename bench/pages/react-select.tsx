/**
 * Baseline: react-select 5 (`isMulti`, grouped by category) with the reasons of
 * `largeWrapUpForm(n)`, each labelled "Category › Reason". Unvirtualised, as react-select is.
 */
import Select from 'react-select';
import { largeWrapUpForm } from '../../src/simulator/forms';
import { exposeBench } from './measure';

interface ReasonOption {
  value: string;
  label: string;
}
interface ReasonGroup {
  label: string;
  options: ReasonOption[];
}

const cache = new Map<number, ReasonGroup[]>();

function groupedOptions(n: number): ReasonGroup[] {
  let groups = cache.get(n);
  if (!groups) {
    const categories = largeWrapUpForm(n).attributes[0]?.categoryOptions.categories ?? [];
    groups = categories.map((category) => ({
      label: category.categoryName,
      options: category.values.map((reason) => ({ value: `${category.categoryName}\u001f${reason}`, label: `${category.categoryName} › ${reason}` })),
    }));
    cache.set(n, groups);
  }
  return groups;
}

exposeBench({
  name: 'react-select',
  prepare: (n) => void groupedOptions(n),
  render: (n, { open }) => (
    <Select<ReasonOption, true, ReasonGroup>
      isMulti
      options={groupedOptions(n)}
      inputId="bench-select-input"
      aria-label="Wrap-up reasons"
      placeholder="Search reasons…"
      closeMenuOnSelect={false}
      defaultMenuIsOpen={open}
    />
  ),
});

'use client';

import { useEffect, type RefObject } from 'react';

/**
 * What the reader typed or chose in a server-drawn field before the page hydrated. React leaves a
 * hydrating field's DOM value alone but starts from the server's state, so the field shows the input
 * and the view ignores it. Once, when the field mounts, this hands such a value to the view, so early
 * input counts as if it came after (a field disabled until hydration would refuse it instead).
 * Fields using this must not let the browser restore old values (autoComplete="off").
 */
export function useEarlyInput(field: RefObject<HTMLInputElement | HTMLSelectElement | null>, apply: (early: string) => void) {
  useEffect(() => {
    const early = field.current && changedValue(field.current);
    if (early !== null) apply(early);
    // Only on mount: from then on React owns the field, and its changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/**
 * The field's value if the reader changed it from what React drew (its default: the value attribute,
 * the option drawn selected), else null. A select whose value matched no option drew none: no change.
 */
function changedValue(field: HTMLInputElement | HTMLSelectElement): string | null {
  if (field instanceof HTMLSelectElement) {
    const drawn = [...field.options].find((o) => o.defaultSelected);
    return drawn && !drawn.selected ? field.value : null;
  }
  return field.value !== field.defaultValue ? field.value : null;
}

'use client';

import { useEffect, type RefObject } from 'react';

type Field = HTMLInputElement | HTMLSelectElement;

/** What was typed or chosen in server-drawn fields before hydration, by their label, and whether it had focus. */
const early = new Map<string, { value: string; focused: boolean }>();
const labelOf = (field: Field) => field.labels?.[0]?.textContent?.trim() ?? '';

/**
 * Reads the early input of every server-drawn field that uses the hook below. The dashboard calls it
 * once, as it hydrates: a view whose code is still loading then may be drawn anew by the next render
 * (React renders a boundary that is updated before it hydrates on the client), with new fields that
 * know nothing of what the reader did.
 */
export function keepEarlyInput(root: ParentNode = document): void {
  for (const field of root.querySelectorAll<Field>('input[autocomplete="off"], select[autocomplete="off"]')) {
    const value = changedValue(field);
    const label = labelOf(field);
    if (value !== null && label) early.set(label, { value, focused: document.activeElement === field });
  }
}

/**
 * What the reader typed or chose in a server-drawn field before the page hydrated. React leaves a
 * hydrating field's DOM value alone but starts from the server's state, so the field shows the input
 * and the view ignores it. Once, when the field mounts, this hands such a value to the view (from the
 * field itself, or as kept above if the field was drawn anew), so early input counts as if it came
 * after. Fields using this must have a label and must not let the browser restore old values
 * (autoComplete="off").
 */
export function useEarlyInput(field: RefObject<Field | null>, apply: (early: string) => void) {
  useEffect(() => {
    const f = field.current;
    if (!f) return;
    const kept = early.get(labelOf(f));
    early.delete(labelOf(f));
    const value = changedValue(f) ?? kept?.value ?? null;
    if (kept?.focused) f.focus();
    if (value !== null) apply(value);
    // Only on mount: from then on React owns the field, and its changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/**
 * The field's value if the reader changed it from what React drew (its default: the value attribute,
 * the option drawn selected), else null. A select whose value matched no option drew none: no change.
 */
function changedValue(field: Field): string | null {
  if (field instanceof HTMLSelectElement) {
    const drawn = [...field.options].find((o) => o.defaultSelected);
    return drawn && !drawn.selected ? field.value : null;
  }
  return field.value !== field.defaultValue ? field.value : null;
}

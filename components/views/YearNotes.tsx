'use client';

import type { Indicator } from '@/lib/indicators/schema';
import { useI18n } from '@/components/i18n/use-i18n';

/** Notes the data carries for some years of an indicator (e.g. a basis NBS mixes), shown wherever those years are. */
export function YearNotes({ indicator, from, to }: { indicator: Pick<Indicator, 'year_notes'>; from: number; to: number }) {
  const { lang } = useI18n();
  const notes = (indicator.year_notes ?? []).filter((n) => n.years[0] <= to && n.years[1] >= from);
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((n) => (
        <p key={n.years.join('-') + n.en.slice(0, 20)} className="hint year-note">
          {lang === 'zh' ? n.zh : n.en}
        </p>
      ))}
    </>
  );
}

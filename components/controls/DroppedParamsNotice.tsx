'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/use-i18n';
import type { AdjustedParam } from '@/lib/url/view-state';

/** Tells the reader which parts of a shared link were not understood (and were ignored), and which years moved to the nearest with data. */
export function DroppedParamsNotice({ dropped, adjusted }: { dropped: string[]; adjusted: readonly AdjustedParam[] }) {
  const [open, setOpen] = useState(true);
  const { t } = useI18n();
  if (!open) return null;
  return (
    <div className="notice" role="status">
      {dropped.length > 0 && <p>{t('notice.dropped', { params: dropped.join(', ') })}</p>}
      {adjusted.length > 0 && (
        <p>{t('notice.adjusted', { changes: adjusted.map((a) => t('notice.adjustedYear', { name: a.name, asked: a.asked, shown: a.shown })).join(', ') })}</p>
      )}
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

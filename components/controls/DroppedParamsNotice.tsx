'use client';

import { useState } from 'react';
import { useI18n } from '@/components/i18n/use-i18n';

/** Tells the reader which parts of a shared link were not understood (and were ignored). */
export function DroppedParamsNotice({ dropped }: { dropped: string[] }) {
  const [open, setOpen] = useState(dropped.length > 0);
  const { t } = useI18n();
  if (!open) return null;
  return (
    <div className="notice" role="status">
      <p>{t('notice.dropped', { params: dropped.join(', ') })}</p>
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

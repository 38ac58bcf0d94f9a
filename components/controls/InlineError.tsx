'use client';

import { useI18n } from '@/components/i18n/use-i18n';

/** An inline error that says what failed and offers to try again. */
export function InlineError({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <p className="panel-error" role="alert">
      {t('error.couldNotLoad', { what, message: error.message })}{' '}
      <button type="button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </p>
  );
}

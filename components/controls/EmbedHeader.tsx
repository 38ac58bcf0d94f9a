import { useI18n } from '@/components/i18n/use-i18n';

/** The one line of chrome an embedded map keeps: whose map it is and the way to the full view. */
export function EmbedHeader({ fullViewHref }: { fullViewHref: string }) {
  const { t } = useI18n();
  return (
    <p className="embed-header">
      <strong>Hinterland</strong>{' '}
      <a href={fullViewHref} target="_blank" rel="noopener">
        {t('app.embedOpen')} ↗
      </a>
    </p>
  );
}

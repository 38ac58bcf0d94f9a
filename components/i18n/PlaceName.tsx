import { useI18n } from './use-i18n';

/** English readers see both names ("Hubei 湖北"); Chinese readers the Chinese one. */
export function PlaceName({ place }: { place: { name_en: string; name_zh: string } }) {
  const { lang } = useI18n();
  return lang === 'zh' ? (
    <>{place.name_zh}</>
  ) : (
    <>
      {place.name_en} <span lang="zh-Hans">{place.name_zh}</span>
    </>
  );
}
